/**
 * On-site conversion rate (在蓉转化率, domain.md "Metrics") for a period, by count and by amount,
 * overall and per seller district, buyer district, chain or institution. Choices the definition
 * leaves open (documented in the SDL too): the seller's location is its own LOCATED_IN or, for a
 * Lab, its Institution's; a deal with several Chengdu sellers counts once; a buyer without a
 * district is not on-site; an undisclosed amount counts 0; rates of empty sets are null.
 */
import type { Driver } from "neo4j-driver";
import { runQuery, type RunOptions } from "../../db/run-query.js";
import { ratio, type Period } from "../shared/period.js";

export type ConversionGroupBy = "NONE" | "SELLER_DISTRICT" | "BUYER_DISTRICT" | "CHAIN" | "INSTITUTION";

export interface ConversionFigures {
  deals: number;
  onSiteDeals: number;
  rateByCount: number | null;
  amount: number;
  onSiteAmount: number;
  rateByAmount: number | null;
}

export interface ConversionRate {
  period: Period;
  groupBy: ConversionGroupBy;
  overall: ConversionFigures;
  groups: { id: string; name: string; figures: ConversionFigures }[];
}

interface Row {
  id: string | null;
  name: string | null;
  deals: number;
  onSiteDeals: number;
  amount: number;
  onSiteAmount: number;
}

function figures(r: Pick<Row, "deals" | "onSiteDeals" | "amount" | "onSiteAmount">): ConversionFigures {
  return {
    deals: r.deals,
    onSiteDeals: r.onSiteDeals,
    rateByCount: ratio(r.onSiteDeals, r.deals),
    amount: r.amount,
    onSiteAmount: r.onSiteAmount,
    rateByAmount: ratio(r.onSiteAmount, r.amount),
  };
}

const EMPTY = { deals: 0, onSiteDeals: 0, amount: 0, onSiteAmount: 0 };

/** Conversion figures for a period; groups ordered by deals, then amount, then id; at most `limit`. */
export async function getConversionRate(
  driver: Driver,
  period: Period,
  groupBy: ConversionGroupBy,
  limit: number,
  run: RunOptions = {},
): Promise<ConversionRate> {
  const rows = await runQuery<Row>(
    driver,
    "conversion/aggregate-conversion",
    {
      from: period.from,
      to: period.to,
      groupBy,
    },
    run,
  );
  const overall = rows.find((r) => r.id === null) ?? EMPTY;
  const groups = rows
    .flatMap((r) => (r.id === null ? [] : [{ ...r, id: r.id }]))
    .sort((a, b) => b.deals - a.deals || b.amount - a.amount || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((r) => ({ id: r.id, name: r.name ?? r.id, figures: figures(r) }));
  return { period, groupBy, overall: figures(overall), groups };
}
