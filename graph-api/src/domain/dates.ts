/**
 * Dates of the domain contract (docs/domain.md, "Conventions"): ISO `YYYY-MM-DD` naming a day of
 * the proleptic Gregorian calendar. The one check used wherever a date arrives — data-package
 * cells, GraphQL arguments, CLI options, the KPI targets file — each caller wording its own error.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What is wrong with a date's text: not of the form YYYY-MM-DD, or no such day. */
export type DateProblem = "format" | "calendar";

/** True when `y-m-d` names a day of the proleptic Gregorian calendar. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** null when `text` is a date of the domain, else what is wrong with it. */
export function dateProblem(text: string): DateProblem | null {
  const m = ISO_DATE.exec(text);
  if (!m) return "format";
  return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? null : "calendar";
}

export const isIsoDate = (text: string): boolean => dateProblem(text) === null;
