/**
 * Date periods and small helpers shared by the analytics operations (tracing, conversion, KPIs,
 * rankings). Periods are closed ranges of ISO dates; Cypher compares them with `date($from)`.
 * Arguments are checked before they get here (graph-api/src/resolvers/args).
 */
import neo4j from "neo4j-driver";

/** A closed date range, ISO `YYYY-MM-DD` at both ends (inclusive). */
export interface Period {
  from: string;
  to: string;
}

/** Earliest and latest year a period may name (the graph's data starts after 1949). */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/** A calendar year as the period from 1 January to 31 December (the year is checked by the caller). */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** a / b, or null when b is 0 (a rate of nothing is unknown, not 0). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** A whole-number parameter for LIMIT, SKIP or date() (JS numbers travel as floats over Bolt). */
export const cypherInt = (n: number) => neo4j.int(n);
