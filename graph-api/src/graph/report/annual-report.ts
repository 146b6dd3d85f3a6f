/**
 * Builds the annual white paper of a year from the graph: headline figures, plan KPIs, evaluation
 * tables, flows, the five-year trend of 在蓉转化率, rankings, the network page and the data
 * coverage. Each part is the same domain operation that serves its own GraphQL field, so the
 * report's numbers equal the API's. The network page (a graph computation, mostly outside
 * Neo4j's scans) runs beside the other steps, which run one after another (each is a scan of a
 * year's deals); every finished step is reported.
 */
import type { Driver } from "neo4j-driver";
import type { AnalyticsService } from "../analytics/analytics-service.js";
import type { RunOptions } from "../../db/run-query.js";
import { getConversionRate } from "../conversion/conversion.js";
import { getKpiProgress } from "../kpi/kpi.js";
import type { KpiTargets } from "../kpi/kpi-targets.js";
import { topAgencies, topBrokers, topCases } from "../rankings/rankings.js";
import { yearPeriod } from "../shared/period.js";
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
  run: RunOptions;
  /** Show the alliance's gap chains (callers with the alliance role, and the CLI). */
  withGaps: boolean;
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

export async function buildAnnualReport(driver: Driver, year: number, options: ReportOptions): Promise<AnnualReport> {
  const period = yearPeriod(year);
  const before = yearPeriod(year - 1);
  const { run } = options;
  const total = 7 + TABLE_KEYS.length;
  let done = 0;
  const finished = (step: string) => options.onStep?.(step, ++done, total);
  const networkDone = networkPage(driver, period, {
    database: run.database,
    withGaps: options.withGaps,
    analytics: options.analytics,
  }).then((page) => {
    finished("network");
    return page;
  });
  // a failure of another step must not leave the network's rejection unhandled
  networkDone.catch(() => undefined);

  const [counts, previousCounts] = [
    await readHeadlineCounts(driver, period, run),
    await readHeadlineCounts(driver, before, run),
  ];
  const conversion = await getConversionRate(driver, period, "NONE", 1, run);
  const previousConversion = await getConversionRate(driver, before, "NONE", 1, run);
  const headline = headlineFigures(
    { counts, conversion: conversion.overall },
    { counts: previousCounts, conversion: previousConversion.overall },
  );

  finished("headline");
  const { window, note } = kpiWindowForYear(year, options.kpiTargets.window);
  const kpi = { progress: await getKpiProgress(driver, window, options.kpiTargets.targets, run), note };

  finished("kpi");
  const tables: ReportTable[] = [];
  for (const key of TABLE_KEYS) {
    tables.push(await evaluationTable(driver, key, period, before, run));
    finished(`table ${key}`);
  }

  const flow = (target: "DISTRICT" | "CHAIN") =>
    getFlows(driver, { period, source: "INSTITUTION", target, sourceId: null, nodesPerSide: FLOW_NODES }, run);
  const flowsToDistricts = await flow("DISTRICT");
  const flowsToChains = await flow("CHAIN");
  finished("flows");

  const trend = [];
  for (let y = year - TREND_YEARS + 1; y <= year; y++) {
    const rate = y === year ? conversion : await getConversionRate(driver, yearPeriod(y), "NONE", 1, run);
    trend.push({ year: y, figures: rate.overall });
  }
  finished("trend");

  const rankings = {
    brokers: await topBrokers(driver, period, RANKED, run),
    agencies: await topAgencies(driver, period, RANKED, run),
    cases: await topCases(driver, period, RANKED, run),
    formulas: RANKING_FORMULAS,
  };
  finished("rankings");
  const coverage = await coverageItems(driver, period, conversion.coverage, counts, tables, run);
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
