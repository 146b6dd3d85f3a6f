/**
 * The method appendix's data coverage: every deal, organisation and enterprise that could not be
 * placed (no district, no chain, no date) and the figures it was left out of — never silent.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { ConversionCoverage } from "../conversion/conversion.js";
import type { Period } from "../common/period.js";
import type { HeadlineCounts } from "./headline.js";
import type { CoverageItem, ReportTable } from "./report-types.js";

interface Unplaced {
  institutionsUnplaced: number;
  labsUnplaced: number;
  enterprisesUnplaced: number;
  agenciesUnplaced: number;
  enterprisesWithoutChain: number;
  dealsWithoutResult: number;
  dealsWithoutChain: number;
}

export async function coverageItems(
  rq: RequestContext,
  period: Period,
  conversion: ConversionCoverage,
  headline: HeadlineCounts,
  tables: ReportTable[],
): Promise<CoverageItem[]> {
  const [u] = await runQuery<Unplaced & Record<string, unknown>>(rq, "report/count-unplaced", {
    from: period.from,
    to: period.to,
  });
  const ungrouped = (key: ReportTable["key"]) => tables.find((t) => t.key === key)?.ungrouped ?? 0;
  const items: CoverageItem[] = [
    { key: "periodDeals", label: "本年度交易总数", count: conversion.periodDeals, leftOutOf: "—（下列各项均在其中）" },
    {
      key: "sellerOutsideChengdu",
      label: "卖方位于成都市外的交易",
      count: conversion.sellerOutsideChengdu,
      leftOutOf: "在蓉转化率及各评价表（按定义不计入）；计入交易总数与流向图",
    },
    {
      key: "sellerUnplaced",
      label: "卖方无法定位（无所在区县）的交易",
      count: conversion.sellerUnplaced,
      leftOutOf: "在蓉转化率及各评价表；流向图中计入“未定位”",
    },
    {
      key: "buyerUnplaced",
      label: "买方无所在区县的交易",
      count: conversion.buyerUnplaced,
      leftOutOf: "计入在蓉转化率分母，视为非在蓉转化；买方区县表不计",
    },
    {
      key: "dealsWithoutChain",
      label: "成果无所属产业链（或未转让成果）的交易",
      count: u?.dealsWithoutChain ?? 0,
      leftOutOf: "产业链表；流向图（产业链）计入“未定位”",
    },
    {
      key: "ungroupedInstitution",
      label: "卖方为企业的交易（在蓉卖方）",
      count: ungrouped("INSTITUTION"),
      leftOutOf: "高校院所表（仅计入全市合计）",
    },
    {
      key: "ungroupedLab",
      label: "卖方不是实验室的交易（在蓉卖方）",
      count: ungrouped("LAB"),
      leftOutOf: "重点实验室表（仅计入全市合计）",
    },
    {
      key: "institutionsUnplaced",
      label: "无所在区县的高校院所",
      count: u?.institutionsUnplaced ?? 0,
      leftOutOf: "其交易不计入在蓉转化率",
    },
    {
      key: "labsUnplaced",
      label: "无法定位的实验室（无所属单位或单位无区县）",
      count: u?.labsUnplaced ?? 0,
      leftOutOf: "其交易不计入在蓉转化率",
    },
    {
      key: "enterprisesUnplaced",
      label: "无所在区县的企业",
      count: u?.enterprisesUnplaced ?? 0,
      leftOutOf: "作为买方视为非在蓉；作为卖方不计入在蓉转化率",
    },
    {
      key: "enterprisesWithoutChain",
      label: "无所属产业链的企业",
      count: u?.enterprisesWithoutChain ?? 0,
      leftOutOf: "流向图（买方产业链）计入“未定位”",
    },
    {
      key: "agenciesUnplaced",
      label: "无所在区县的技术转移机构",
      count: u?.agenciesUnplaced ?? 0,
      leftOutOf: "分区县指标（计为“未归属区县”）",
    },
    {
      key: "brokersUndated",
      label: "无登记日期的技术经纪人",
      count: headline.brokersUndated,
      leftOutOf: "年末经纪人存量（不计入）",
    },
    {
      key: "filedAgenciesUndated",
      label: "无备案日期的备案机构",
      count: headline.filedAgenciesUndated,
      leftOutOf: "无——按已备案计入各年",
    },
  ];
  return items;
}
