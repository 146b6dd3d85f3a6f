/**
 * Agency performance evaluation for a year: deals and amount served, on-site share, growth against
 * the previous year, and alliance contribution (deals with a fellow alliance member as seller
 * organisation or buyer). Growth of a previous zero is unknown (null), not infinite.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { cypherInt, ratio } from "../common/period.js";
import type { NodeRef } from "../common/types.js";

export interface AgencyEvaluation {
  id: string;
  /** The agency as a node reference (the SDL's pointer). */
  agency: NodeRef;
  name: string;
  level: string;
  deals: number;
  amount: number;
  onSiteDeals: number;
  onSiteShare: number | null;
  previousDeals: number;
  previousAmount: number;
  dealGrowth: number | null;
  amountGrowth: number | null;
  allianceMember: boolean;
  allianceDeals: number;
}

type Row = Omit<AgencyEvaluation, "agency" | "onSiteShare" | "dealGrowth" | "amountGrowth">;

/** Evaluate agencies with deals in `year` or the year before; most deals first, paged. */
export async function evaluateAgencies(
  rq: RequestContext,
  year: number,
  limit: number,
  offset: number,
): Promise<AgencyEvaluation[]> {
  const rows = await runQuery<Row & Record<string, unknown>>(rq, "rankings/evaluate-agencies", {
    year: cypherInt(year),
    limit: cypherInt(limit),
    offset: cypherInt(offset),
  });
  return rows.map((r) => ({
    id: r.id,
    agency: { id: r.id, name: r.name, type: "Agency" },
    name: r.name,
    level: r.level,
    deals: r.deals,
    amount: r.amount,
    onSiteDeals: r.onSiteDeals,
    onSiteShare: ratio(r.onSiteDeals, r.deals),
    previousDeals: r.previousDeals,
    previousAmount: r.previousAmount,
    dealGrowth: ratio(r.deals - r.previousDeals, r.previousDeals),
    amountGrowth: ratio(r.amount - r.previousAmount, r.previousAmount),
    allianceMember: r.allianceMember,
    allianceDeals: r.allianceDeals,
  }));
}
