/**
 * One data row of a table → its typed values and every problem found in it (a row is reported
 * with all its bad fields at once, not only the first).
 */
import type { PackageTable } from "./package-tables.js";
import { decodeCell, type PlainValue } from "./cell-decoder.js";
import type { TableHeader } from "./table-header.js";

export interface FieldProblem {
  field: string;
  reason: string;
  /** Caused by the header (a missing required column): reported once for the file, not per row. */
  fromHeader?: boolean;
}

export interface DecodedRow {
  values: Record<string, PlainValue | undefined>;
  problems: FieldProblem[];
}

export function decodeRow(table: PackageTable, header: TableHeader, cells: string[]): DecodedRow {
  const values: Record<string, PlainValue | undefined> = {};
  const problems: FieldProblem[] = [];
  for (const field of table.fields) {
    const col = header.index.get(field.name);
    if (col === undefined) {
      if (field.required)
        problems.push({ field: field.name, reason: "required column is missing from the header", fromHeader: true });
      continue;
    }
    const decoded = decodeCell(field, cells[col]);
    if (decoded.ok) values[field.name] = decoded.value;
    else problems.push({ field: field.name, reason: decoded.reason });
  }
  const extra = cells.slice(header.cells.length).filter((c) => c.trim() !== "").length;
  if (extra > 0) {
    problems.push({
      field: "(row)",
      reason: `${cells.length} cells but the header has ${header.cells.length} columns`,
    });
  }
  return { values, problems };
}
