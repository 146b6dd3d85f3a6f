/**
 * Dates as whole days since 1970-01-01 (UTC): compact to keep in typed arrays, and free of time
 * zones, so the same seed writes the same `YYYY-MM-DD` everywhere.
 */
import type { Rng } from "./random.js";

const MS_PER_DAY = 86_400_000;

/** Days since the epoch of an ISO date. */
export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The span the demo data covers: activity from 2019 to late 2026. */
export const FIRST_DAY = toDay("2019-01-01");
export const LAST_DAY = toDay("2026-10-31");
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2026;

/** Activity grows over the years (2026 is a partial year). Index 0 = 2019. */
export const YEAR_WEIGHTS = [0.07, 0.08, 0.1, 0.12, 0.14, 0.18, 0.19, 0.12];

/** A uniform day in [from, to]. */
export function dayBetween(rng: Rng, from: number, to: number): number {
  return to <= from ? from : rng.int(from, to);
}

/** A day in a year drawn by YEAR_WEIGHTS, no earlier than `notBefore`. */
export function growingDay(rng: Rng, notBefore = FIRST_DAY): number {
  const year = FIRST_YEAR + rng.weighted(YEAR_WEIGHTS);
  const from = Math.max(toDay(`${year}-01-01`), notBefore);
  const to = Math.min(toDay(`${year}-12-31`), LAST_DAY);
  return from > to ? dayBetween(rng, notBefore, LAST_DAY) : dayBetween(rng, from, to);
}
