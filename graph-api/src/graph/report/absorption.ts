/**
 * Absorption per buyer district (成果吸纳) for the white paper: every deal of the period by its
 * buyer's district, whatever the seller; `onSiteDeals` are the on-site conversions among them
 * (seller located in Chengdu, buyer in a Chengdu district), so a district's rate is the share of
 * what it bought that came from Chengdu sellers. (conversionRate's BUYER_DISTRICT grouping keeps
 * the definition's Chengdu-seller denominator instead, where every Chengdu district's rate is 1.)
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import {
  conversionFigures,
  conversionGroups,
  rowById,
  type ConversionFigures,
  type ConversionGroup,
  type ConversionRow,
} from "../conversion/conversion.js";
import type { Period } from "../common/period.js";

export interface Absorption {
  overall: ConversionFigures;
  groups: ConversionGroup[];
  /** Deals whose buyer has no district. */
  buyerUnplaced: number;
}

export async function getAbsorption(rq: RequestContext, period: Period, limit: number): Promise<Absorption> {
  const rows = await runQuery<ConversionRow & Record<string, unknown>>(rq, "report/absorb-by-buyer-district", {
    from: period.from,
    to: period.to,
  });
  return {
    overall: conversionFigures(rowById(rows, null)),
    groups: conversionGroups(rows, limit, "BUYER_DISTRICT"),
    buyerUnplaced: rowById(rows, "~UNPLACED").deals,
  };
}
