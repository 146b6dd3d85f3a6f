/**
 * The on-site conversion rate year by year: one ConversionRate per calendar year, computed by the
 * same statement as `conversionRate` (so a year's figures equal `conversionRate` for that year).
 */
import type { RequestContext } from "../../db/request-context.js";
import { yearPeriod } from "../common/period.js";
import { getConversionRate, type ConversionGroupBy, type ConversionRate } from "./conversion.js";

/** The longest span of one trend request, in years. */
export const MAX_TREND_YEARS = 20;

export async function getConversionTrend(
  rq: RequestContext,
  years: number[],
  groupBy: ConversionGroupBy,
  limit: number,
): Promise<ConversionRate[]> {
  // One year at a time: each is a scan of that year's deals; in parallel they would only compete.
  const out: ConversionRate[] = [];
  for (const year of years) out.push(await getConversionRate(rq, yearPeriod(year), groupBy, limit));
  return out;
}
