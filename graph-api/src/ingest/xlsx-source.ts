/**
 * A data package as an .xlsx workbook, one sheet per file name (`Broker` or `Broker.csv`), first
 * row = header. Read with exceljs's streaming WorkbookReader, so only the shared-string table is
 * held in memory. Sheets arrive in workbook order, so each `read` streams the whole workbook and
 * skips (drains) the sheets it was not asked for. Locations are `sheet:row`.
 */
import ExcelJS from "exceljs";
import type { SourceRecord } from "./csv-records.js";
import type { PackageSource, SourceTable } from "./package-source.js";

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

async function* sheetRecords(sheet: AsyncIterable<RowLike>): AsyncGenerator<SourceRecord> {
  for await (const row of sheet) {
    // row.values is 1-based and sparse: index 0 is always empty.
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    if (cells.length) yield { line: row.number, cells };
  }
}

async function listSheets(path: string): Promise<string[]> {
  const names: string[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, READER_OPTIONS);
  for await (const sheet of reader) names.push((sheet as unknown as { name: string }).name);
  return names;
}

export async function openXlsxSource(path: string): Promise<PackageSource> {
  const sheetNames = await listSheets(path);
  const tables: SourceTable[] = sheetNames.map((s) => ({ name: /\.csv$/i.test(s) ? s : `${s}.csv`, label: s }));
  return {
    kind: "xlsx",
    path,
    tables,
    async read(names, visit) {
      const wanted = new Set(names);
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, READER_OPTIONS);
      for await (const sheet of reader) {
        const sheetName = (sheet as unknown as { name: string }).name;
        const table = tables.find((t) => t.label === sheetName);
        if (table && wanted.has(table.name)) {
          await visit(table, sheetRecords(sheet as unknown as AsyncIterable<RowLike>));
        }
      }
    },
    async close() {},
  };
}
