/**
 * The white paper's evaluation tables: conversion figures per seller district, buyer district,
 * institution, lab and chain for the year, each row beside the same group's figures the year
 * before. The rows are `conversionRate`'s for the same year and grouping (no cut: every group),
 * except the buyer districts: their table is the absorption (every deal by buyer district).
 */
import type { RequestContext } from "../../db/request-context.js";
import { getConversionRate, type ConversionFigures, type ConversionGroup } from "../conversion/conversion.js";
import type { Period } from "../common/period.js";
import { getAbsorption } from "./absorption.js";
import { pointChange, relativeChange } from "./change.js";
import type { ReportRow, ReportTable, ReportTableKey } from "./report-types.js";

export const TABLE_TITLES: Record<ReportTableKey, string> = {
  SELLER_DISTRICT: "区（市）县成果输出（卖方所在区县）",
  BUYER_DISTRICT: "区（市）县成果吸纳（买方所在区县，含市外卖方）",
  INSTITUTION: "高校院所（实验室计入所属单位）",
  LAB: "重点实验室（按所属单位）",
  CHAIN: "重点产业链（成果所属产业链）",
};

export const TABLE_KEYS: ReportTableKey[] = ["SELLER_DISTRICT", "BUYER_DISTRICT", "INSTITUTION", "LAB", "CHAIN"];

/** No cut: a table lists every group of the year (districts ≈ 35, chains 17, institutions and labs a few thousand at most). */
const ALL_GROUPS = 100_000;

interface Grouped {
  overall: ConversionFigures;
  groups: ConversionGroup[];
  ungrouped: number;
}

async function grouped(rq: RequestContext, key: ReportTableKey, period: Period): Promise<Grouped> {
  if (key === "BUYER_DISTRICT") {
    const a = await getAbsorption(rq, period, ALL_GROUPS);
    return { overall: a.overall, groups: a.groups, ungrouped: a.buyerUnplaced };
  }
  const c = await getConversionRate(rq, period, key, ALL_GROUPS);
  return { overall: c.overall, groups: c.groups, ungrouped: c.coverage.ungrouped };
}

export async function evaluationTable(
  rq: RequestContext,
  key: ReportTableKey,
  year: Period,
  previousYear: Period,
): Promise<ReportTable> {
  const current = await grouped(rq, key, year);
  const previous = await grouped(rq, key, previousYear);
  const before = new Map(previous.groups.map((g) => [g.id, g.figures]));
  const rows: ReportRow[] = current.groups.map((g) => {
    const p = before.get(g.id) ?? null;
    return {
      id: g.id,
      node: g.node,
      name: g.name,
      kind: g.kind,
      parent: g.parent,
      current: g.figures,
      previous: p,
      dealsChange: relativeChange(g.figures.deals, p?.deals ?? null),
      amountChange: relativeChange(g.figures.amount, p?.amount ?? null),
      rateChange: pointChange(g.figures.rateByCount, p?.rateByCount ?? null),
    };
  });
  return { key, title: TABLE_TITLES[key], rows, overall: current.overall, ungrouped: current.ungrouped };
}
