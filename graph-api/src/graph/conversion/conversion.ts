/**
 * On-site conversion rate (在蓉转化率, docs/domain.md "Metrics") for a period, by count and by amount,
 * overall and per seller district, buyer district, chain, institution or lab. Choices the
 * definition leaves open (documented in the SDL too): the seller's location is its own LOCATED_IN
 * or, for a Lab, its Institution's; a deal with several sellers counts once, placed by a Chengdu
 * seller when it has one; a buyer without a district is not on-site; an undisclosed amount counts
 * 0; rates of empty sets are null. Deals the definition leaves out are counted in `coverage`.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { ratio, type Period } from "../common/period.js";
import type { NodeRef } from "../common/types.js";

export type ConversionGroupBy = "NONE" | "SELLER_DISTRICT" | "BUYER_DISTRICT" | "CHAIN" | "INSTITUTION" | "LAB";

export interface ConversionFigures {
  deals: number;
  onSiteDeals: number;
  rateByCount: number | null;
  amount: number;
  onSiteAmount: number;
  rateByAmount: number | null;
  resultsTransferred: number;
}

export interface ConversionGroup {
  id: string;
  /** The district, chain, institution or lab as a node reference (the SDL's pointer). */
  node: NodeRef;
  name: string;
  kind: string | null;
  parent: NodeRef | null;
  figures: ConversionFigures;
}

/** What the figures leave out, so that no deal of the period goes missing silently. */
export interface ConversionCoverage {
  /** Every deal signed in the period. */
  periodDeals: number;
  /** Deals whose sellers are located only outside Chengdu: outside the definition. */
  sellerOutsideChengdu: number;
  /** Deals without a seller, or whose sellers have no district: cannot be placed, left out. */
  sellerUnplaced: number;
  /** Deals in the figures whose buyer has no district: counted as not on-site. */
  buyerUnplaced: number;
  /** Deals in the figures without a value for the grouping: only in `overall`. */
  ungrouped: number;
}

export interface ConversionRate {
  period: Period;
  groupBy: ConversionGroupBy;
  overall: ConversionFigures;
  groups: ConversionGroup[];
  coverage: ConversionCoverage;
}

/** A row of the conversion statements: a group, the overall row (id null) or a coverage row ('~…'). */
export interface ConversionRow {
  id: string | null;
  name: string | null;
  kind: string | null;
  parent: NodeRef | null;
  deals: number;
  onSiteDeals: number;
  amount: number;
  onSiteAmount: number;
  results: number;
  buyerUnplaced: number;
}

type Counts = Pick<ConversionRow, "deals" | "onSiteDeals" | "amount" | "onSiteAmount" | "results">;

export function conversionFigures(r: Counts): ConversionFigures {
  return {
    deals: r.deals,
    onSiteDeals: r.onSiteDeals,
    rateByCount: ratio(r.onSiteDeals, r.deals),
    amount: r.amount,
    onSiteAmount: r.onSiteAmount,
    rateByAmount: ratio(r.onSiteAmount, r.amount),
    resultsTransferred: r.results,
  };
}

const EMPTY: ConversionRow = {
  id: null,
  name: null,
  kind: null,
  parent: null,
  deals: 0,
  onSiteDeals: 0,
  amount: 0,
  onSiteAmount: 0,
  results: 0,
  buyerUnplaced: 0,
};

const isCoverageRow = (id: string | null) => id !== null && id.startsWith("~");

/** The row of a statement's result with this id (null: the overall row), or an empty row. */
export const rowById = (rows: readonly ConversionRow[], id: string | null): ConversionRow =>
  rows.find((r) => r.id === id) ?? EMPTY;

/** The node type of the groups of each grouping. */
const GROUP_TYPE: Record<Exclude<ConversionGroupBy, "NONE">, string> = {
  SELLER_DISTRICT: "District",
  BUYER_DISTRICT: "District",
  CHAIN: "IndustryChain",
  INSTITUTION: "Institution",
  LAB: "Lab",
};

/** The group rows, most deals first (then amount, then id), at most `limit`. */
export function conversionGroups(
  rows: readonly ConversionRow[],
  limit: number,
  groupBy: ConversionGroupBy,
): ConversionGroup[] {
  if (groupBy === "NONE") return [];
  const type = GROUP_TYPE[groupBy];
  return rows
    .flatMap((r) => (r.id === null || isCoverageRow(r.id) ? [] : [{ ...r, id: r.id }]))
    .sort((a, b) => b.deals - a.deals || b.amount - a.amount || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((r) => ({
      id: r.id,
      node: { id: r.id, name: r.name ?? r.id, type },
      name: r.name ?? r.id,
      kind: r.kind ?? null,
      parent: r.parent ?? null,
      figures: conversionFigures(r),
    }));
}

/** Conversion figures for a period; groups ordered by deals, then amount, then id; at most `limit`. */
export async function getConversionRate(
  rq: RequestContext,
  period: Period,
  groupBy: ConversionGroupBy,
  limit: number,
): Promise<ConversionRate> {
  const rows = await runQuery<ConversionRow & Record<string, unknown>>(rq, "conversion/aggregate-conversion", {
    from: period.from,
    to: period.to,
    groupBy,
  });
  const byId = (id: string | null) => rowById(rows, id);
  const overall = byId(null);
  const outside = byId("~OUTSIDE").deals;
  const unplaced = byId("~UNPLACED").deals;
  return {
    period,
    groupBy,
    overall: conversionFigures(overall),
    groups: conversionGroups(rows, limit, groupBy),
    coverage: {
      periodDeals: overall.deals + outside + unplaced,
      sellerOutsideChengdu: outside,
      sellerUnplaced: unplaced,
      buyerUnplaced: overall.buyerUnplaced,
      ungrouped: byId("~UNGROUPED").deals,
    },
  };
}
