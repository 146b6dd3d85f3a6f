/**
 * A table as exports see it: named columns with typed cells. One model for the white paper's
 * workbook (server) and every analysis view's CSV/XLSX export (browser), so a file holds exactly
 * the rows its view shows.
 */

export type Cell = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  /** Excel number format for numeric cells, e.g. "0.0%" or "#,##0". */
  numFmt?: string;
  width?: number;
}

export interface Sheet {
  /** Sheet name (at most 31 characters, no []:*?/\ — cleaned when written). */
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

/** A name Excel accepts for a sheet. */
export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

const BOM = "\uFEFF";

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of one sheet (RFC 4180, UTF-8 with BOM so that Excel opens Chinese correctly). */
export function sheetCsv(sheet: Sheet): string {
  return (
    BOM + [sheet.columns.map((c) => c.header), ...sheet.rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"
  );
}
