/**
 * A data package as an .xlsx workbook, one sheet per file name (`Broker` or `Broker.csv`), first
 * row = header; locations are `sheet:row`.
 *
 * The workbook is streamed ONCE with exceljs's WorkbookReader and every sheet is spooled to a
 * temporary CSV (row number first), which the two import passes then read like a folder. Why not
 * stream the workbook on each pass: the reader loses the following sheets when its consumer
 * awaits anything (a database look-up) between two sheets, and the validator must do just that.
 * Only exceljs's shared-string table is held in memory. Workbooks whose zip entries are in an
 * order the reader cannot stream are reordered on the fly (xlsx-entry-order.ts).
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { csvLine } from "../format/csv-line.js";
import { csvRecords, type SourceRecord } from "./csv-records.js";
import type { PackageSource, SourceTable } from "./package-source.js";
import { xlsxInput } from "./xlsx-entry-order.js";

const READER_OPTIONS = {
  sharedStrings: "cache",
  hyperlinks: "ignore",
  styles: "cache", // needed to see which numbers are dates
  worksheets: "emit",
  entries: "ignore",
} as const;

/** One cell as text, the way a CSV of the same data would hold it. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if ("result" in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (o.error) return o.error;
  }
  return String(v);
}

interface RowLike {
  number: number;
  values: unknown;
}

function rowCells(row: RowLike): string[] {
  // row.values is 1-based and sparse: index 0 is always empty.
  const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
  const cells: string[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** Spool every sheet to `<dir>/<n>.csv` with the sheet row number as first cell; returns the tables. */
async function spool(path: string, dir: string): Promise<{ table: SourceTable; file: string }[]> {
  const out: { table: SourceTable; file: string }[] = [];
  const closing: Promise<unknown>[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(await xlsxInput(path), READER_OPTIONS);
  for await (const sheet of reader) {
    const label = (sheet as unknown as { name: string }).name;
    const file = join(dir, `${out.length}.csv`);
    out.push({ table: { name: /\.csv$/i.test(label) ? label : `${label}.csv`, label }, file });
    const stream = createWriteStream(file, { encoding: "utf8" });
    for await (const row of sheet as unknown as AsyncIterable<RowLike>) {
      const cells = rowCells(row);
      if (cells.length && !stream.write(csvLine([String(row.number), ...cells]))) await once(stream, "drain");
    }
    // Not awaited here: the reader must not be kept waiting between sheets.
    closing.push(once(stream.end(), "finish"));
  }
  await Promise.all(closing);
  return out;
}

async function* withSheetRows(records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord> {
  for await (const { cells } of records) yield { line: Number(cells[0]), cells: cells.slice(1) };
}

export async function openXlsxSource(path: string): Promise<PackageSource> {
  const dir = await mkdtemp(join(tmpdir(), "ttgraph-xlsx-"));
  let sheets: { table: SourceTable; file: string }[];
  try {
    sheets = await spool(path, dir);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    kind: "xlsx",
    path,
    tables: sheets.map((s) => s.table),
    async read(names, visit) {
      for (const name of names) {
        const sheet = sheets.find((s) => s.table.name === name);
        if (sheet) await visit(sheet.table, withSheetRows(csvRecords(createReadStream(sheet.file))));
      }
    },
    async close() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
