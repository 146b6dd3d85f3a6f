/**
 * RFC 4180 encoding of one CSV record: a cell is quoted only when it holds a comma, a quote or a
 * line break, quotes are doubled, and the record ends with `\n`. Written by hand rather than with
 * an option-laden library so that the exporter's bytes depend on nothing but the values.
 */
const NEEDS_QUOTES = /[",\r\n]/;

/** Encode one cell. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Encode one record, `\n`-terminated. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\n`;
}
