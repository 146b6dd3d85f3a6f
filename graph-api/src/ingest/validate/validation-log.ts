/**
 * What the validation pass found: errors as `file:line: field: reason` (all counted, the first
 * MAX_LISTED kept for display), warnings, and for every rejected row its reasons (the write pass
 * skips those lines and, with --skip-bad-rows, copies them to the reject file).
 */
import type { FieldProblem } from "../format/decode-row.js";

export const MAX_LISTED = 1000;

export interface RowError {
  /** File name, or sheet name for an .xlsx. */
  file: string;
  line: number;
  field: string;
  reason: string;
}

/** "a Broker", "an Agency": messages name node types with their article. */
export const article = (word: string): string => (/^[AEIOU]/.test(word) ? "an" : "a");

export function formatError(e: RowError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.reason}`;
}

export class ValidationLog {
  readonly errors: RowError[] = [];
  errorCount = 0;
  readonly warnings: string[] = [];
  /** Table name → rejected line → reasons. */
  readonly rejected = new Map<string, Map<number, string>>();
  /** Tables that could not be read to the end (malformed CSV, not UTF-8): only the rows before the break are written. */
  readonly unreadable = new Set<string>();

  error(e: RowError): void {
    this.errorCount++;
    if (this.errors.length < MAX_LISTED) this.errors.push(e);
  }

  /** Reject a row of `table` for `problems`, listing each (except header-caused ones) as an error. */
  reject(table: string, file: string, line: number, problems: FieldProblem[]): void {
    let lines = this.rejected.get(table);
    if (!lines) this.rejected.set(table, (lines = new Map()));
    const text = problems.map((p) => `${p.field}: ${p.reason}`).join("; ");
    const before = lines.get(line);
    lines.set(line, before ? `${before}; ${text}` : text);
    for (const p of problems) if (!p.fromHeader) this.error({ file, line, field: p.field, reason: p.reason });
  }

  isRejected(table: string, line: number): boolean {
    return this.rejected.get(table)?.has(line) ?? false;
  }

  rejectedCount(): number {
    let n = 0;
    for (const lines of this.rejected.values()) n += lines.size;
    return n;
  }

  /** Errors in package order: by the given table order, then line. */
  sortErrors(order: (file: string) => number): void {
    this.errors.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line);
  }
}
