/**
 * Builds the annual white paper of a year from the graph: headline figures, plan KPIs, evaluation
 * tables, flows, the five-year trend of 在蓉转化率, rankings, the network page and the data
 * coverage. Each part is the same domain operation that serves its own GraphQL field, so the
 * report's numbers equal the API's. The network page (a graph computation, mostly outside
 * Neo4j's scans) runs beside the other steps, which run one after another (each is a scan of a
 * year's deals); every finished step is reported.
 */
import type { RequestContext } from "../../db/request-context.js";
import type { AnalyticsService } from "../analytics/analytics-service.js";
import { getConversionRate } from "../conversion/conversion.js";
import { getKpiProgress } from "../kpi/kpi.js";
import type { KpiTargets } from "../kpi/kpi-targets.js";
import { topAgencies, topBrokers, topCases } from "../rankings/rankings.js";
import { yearPeriod } from "../common/period.js";
import { getFlows } from "../tracing/flows.js";
import { coverageItems } from "./coverage.js";
import { evaluationTable, TABLE_KEYS } from "./evaluation-tables.js";
import { headlineFigures, readHeadlineCounts } from "./headline.js";
import { kpiWindowForYear } from "./kpi-window.js";
import { networkPage } from "./network-page.js";
import { RANKING_FORMULAS } from "./ranking-formulas.js";
import type { AnnualReport, ReportTable } from "./report-types.js";

export interface ReportOptions {
  kpiTargets: KpiTargets;
  /** Where the network page's figures come from (the analytics stored for the graph version). */
  analytics: AnalyticsService;
  /** Called when a step is done, with its name, the number of steps done and of all steps. */
  onStep?: (step: string, done: number, total: number) => void;
  /** The clock, for reproducible renderings in tests. */
  now?: () => Date;
}

const TREND_YEARS = 5;
const RANKED = 10;
/** Sources and targets drawn by name in the report's flow charts. */
const FLOW_NODES = 12;

/**
 * The report of `year` for the request `rq`: the alliance's gap chains only when its roles include
 * `alliance` (the CLI runs as admin).
 */
export async function buildAnnualReport(
  rq: RequestContext,
  year: number,
  options: ReportOptions,
): Promise<AnnualReport> {
  const period = yearPeriod(year);
  const before = yearPeriod(year - 1);
  const total = 7 + TABLE_KEYS.length;
  let done = 0;
  const finished = (step: string) => options.onStep?.(step, ++done, total);
  const networkDone = networkPage(rq, period, {
    withGaps: rq.roles.includes("alliance"),
    analytics: options.analytics,
  }).then((page) => {
    finished("network");
    return page;
  });
  // a failure of another step must not leave the network's rejection unhandled
  networkDone.catch(() => undefined);

  const [counts, previousCounts] = [await readHeadlineCounts(rq, period), await readHeadlineCounts(rq, before)];
  const conversion = await getConversionRate(rq, period, "NONE", 1);
  const previousConversion = await getConversionRate(rq, before, "NONE", 1);
  const headline = headlineFigures(
    { counts, conversion: conversion.overall },
    { counts: previousCounts, conversion: previousConversion.overall },
  );

  finished("headline");
  const { window, note } = kpiWindowForYear(year, options.kpiTargets.window);
  const kpi = { progress: await getKpiProgress(rq, window, options.kpiTargets.targets), note };

  finished("kpi");
  const tables: ReportTable[] = [];
  for (const key of TABLE_KEYS) {
    tables.push(await evaluationTable(rq, key, period, before));
    finished(`table ${key}`);
  }

  const flow = (target: "DISTRICT" | "CHAIN") =>
    getFlows(rq, { period, source: "INSTITUTION", target, sourceId: null, nodesPerSide: FLOW_NODES });
  const flowsToDistricts = await flow("DISTRICT");
  const flowsToChains = await flow("CHAIN");
  finished("flows");

  const trend = [];
  for (let y = year - TREND_YEARS + 1; y <= year; y++) {
    const rate = y === year ? conversion : await getConversionRate(rq, yearPeriod(y), "NONE", 1);
    trend.push({ year: y, figures: rate.overall });
  }
  finished("trend");

  const rankings = {
    brokers: await topBrokers(rq, period, RANKED),
    agencies: await topAgencies(rq, period, RANKED),
    cases: await topCases(rq, period, RANKED),
    formulas: RANKING_FORMULAS,
  };
  finished("rankings");
  const coverage = await coverageItems(rq, period, conversion.coverage, counts, tables);
  finished("coverage");
  const network = await networkDone;

  return {
    year,
    period,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    headline,
    kpi,
    tables,
    flowsToDistricts,
    flowsToChains,
    trend,
    rankings,
    network,
    coverage,
    conversion,
  };
}
