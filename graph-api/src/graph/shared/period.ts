/**
 * Date periods and page limits shared by the analytics operations (tracing, conversion, KPIs,
 * rankings). Periods are closed ranges of ISO dates; Cypher compares them with `date($from)`.
 */
import { GraphQLError } from "graphql";
import neo4j from "neo4j-driver";

/** A closed date range, ISO `YYYY-MM-DD` at both ends (inclusive). */
export interface Period {
  from: string;
  to: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A GraphQL `Date` argument arrives as a neo4j Date (its toString is ISO) or as a string. */
export function isoDate(value: unknown, field: string): string {
  const text = typeof value === "string" ? value.slice(0, 10) : value && typeof value === "object" ? String(value) : "";
  if (!ISO.test(text)) throw badInput(`${field}: expected a date YYYY-MM-DD`);
  return text;
}

/** Validate a period argument; `from` after `to` is a BAD_USER_INPUT error. */
export function toPeriod(value: { from: unknown; to: unknown }): Period {
  const period = { from: isoDate(value.from, "from"), to: isoDate(value.to, "to") };
  if (period.from > period.to) throw badInput("from: must not be after to");
  return period;
}

/** The calendar year as a period. */
export function yearPeriod(year: number): Period {
  if (!Number.isInteger(year) || year < 1949 || year > 2100)
    throw badInput("year: expected a year between 1949 and 2100");
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A list size from an optional `limit` argument: default when absent, at most `max`. */
export function pageLimit(
  limit: number | null | undefined,
  defaults: { DEFAULT_PAGE_SIZE: number; MAX_PAGE_SIZE: number },
): number {
  if (limit === null || limit === undefined) return Math.min(defaults.DEFAULT_PAGE_SIZE, defaults.MAX_PAGE_SIZE);
  if (!Number.isInteger(limit) || limit < 1) throw badInput("limit: expected a positive integer");
  return Math.min(limit, defaults.MAX_PAGE_SIZE);
}

/** A non-negative paging offset. */
export function pageOffset(offset: number | null | undefined): number {
  if (offset === null || offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput("offset: expected a non-negative integer");
  return offset;
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/** a / b, or null when b is 0 (a rate of nothing is unknown, not 0). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** A whole-number parameter for LIMIT, SKIP or date() (JS numbers travel as floats over Bolt). */
export const cypherInt = (n: number) => neo4j.int(n);

/** Run options of one API request: the per-request transaction timeout (QUERY_TIMEOUT_MS). */
export const perRequest = (config: { QUERY_TIMEOUT_MS: number }): { timeoutMs: number } => ({
  timeoutMs: config.QUERY_TIMEOUT_MS,
});
