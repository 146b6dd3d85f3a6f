/**
 * Reads a table's header row against the model: where each field's column is, which columns the
 * model does not know (reported, then ignored), which required columns are missing (every row of
 * the table is then bad), and repeated column names.
 */
import type { PackageTable } from "./package-tables.js";

export interface TableHeader {
  /** Header cells as found (reject files repeat them). */
  cells: string[];
  /** Field name → column index. */
  index: Map<string, number>;
  unknown: string[];
  missingRequired: string[];
  repeated: string[];
}

export function readHeader(table: PackageTable, cells: string[]): TableHeader {
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim();
    if (name === "") return;
    if (!table.columns.includes(name)) unknown.push(name);
    else if (index.has(name)) repeated.push(name);
    else index.set(name, i);
  });
  const missingRequired = table.fields.filter((f) => f.required && !index.has(f.name)).map((f) => f.name);
  return { cells, index, unknown, missingRequired, repeated };
}
