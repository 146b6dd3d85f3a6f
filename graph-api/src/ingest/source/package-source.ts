/**
 * A data package to read: a folder of CSV files, a .zip of one, or an .xlsx workbook with one sheet
 * per file name. Every kind is streamed; `read` may be called more than once (the importer makes a
 * validation pass and a write pass) and visits the named tables only.
 */
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { SourceRecord } from "./csv-records.js";
import { csvRecords } from "./csv-records.js";
import { openXlsxSource } from "./xlsx-source.js";
import { openZipSource } from "./zip-source.js";

export type { SourceRecord } from "./csv-records.js";

export interface SourceTable {
  /** File or sheet name as found (`Broker.csv`, or sheet `Broker`). */
  name: string;
  /** How locations are written in messages: `Broker.csv:12` or, for a sheet, `Broker:12`. */
  label: string;
}

/** Called once per visited table with its records (the header is the first record). */
export type TableVisitor = (table: SourceTable, records: AsyncIterable<SourceRecord>) => Promise<void>;

export interface PackageSource {
  kind: "folder" | "zip" | "xlsx";
  path: string;
  /** Every table (CSV file or sheet) in the source, including ones the model does not know. */
  tables: SourceTable[];
  /** Stream the tables whose names are in `names`; order follows `names` where the format allows. */
  read(names: readonly string[], visit: TableVisitor): Promise<void>;
  close(): Promise<void>;
}

/** Open a folder, .zip or .xlsx as a package source. */
export async function openPackageSource(path: string): Promise<PackageSource> {
  const info = await stat(path);
  if (info.isDirectory()) return openFolderSource(path);
  if (/\.zip$/i.test(path)) return openZipSource(path);
  if (/\.xlsx$/i.test(path)) return openXlsxSource(path);
  throw new Error(`${path}: not a folder, .zip or .xlsx data package`);
}

async function openFolderSource(dir: string): Promise<PackageSource> {
  const entries = await readdir(dir, { withFileTypes: true });
  const tables = entries
    .filter((e) => e.isFile() && /\.csv$/i.test(e.name) && !e.name.startsWith("."))
    .map((e) => ({ name: e.name, label: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    kind: "folder",
    path: dir,
    tables,
    async read(names, visit) {
      for (const name of names) {
        const table = tables.find((t) => t.name === name);
        if (table) await visit(table, csvRecords(createReadStream(join(dir, name))));
      }
    },
    async close() {},
  };
}
