/**
 * The annual white paper (年度白皮书) as data: what `annualReport(year)` returns and what the HTML,
 * PDF and XLSX renderings show. Mirrors graph-api/schema/report.graphql.
 */
import type { ConversionFigures, ConversionRate } from "../conversion/conversion.js";
import type { KpiProgress } from "../kpi/kpi.js";
import type { RankedAgency, RankedBroker, RankedCase } from "../rankings/rankings.js";
import type { Period } from "../common/period.js";
import type { NodeRef } from "../common/types.js";
import type { Flows } from "../tracing/flows.js";

export type FigureKind = "COUNT" | "AMOUNT" | "RATE";

/** One headline figure of the year beside the year before. */
export interface ReportFigure {
  key: string;
  label: string;
  kind: FigureKind;
  value: number | null;
  previous: number | null;
  /** Counts and amounts: (value − previous) / previous; rates: value − previous (points as a fraction). */
  change: number | null;
}

export type ReportTableKey = "SELLER_DISTRICT" | "BUYER_DISTRICT" | "INSTITUTION" | "LAB" | "CHAIN";

export interface ReportRow {
  id: string;
  /** The group as a node reference (the SDL's pointer; `id` and `name` are its id and name). */
  node: NodeRef;
  name: string;
  kind: string | null;
  parent: NodeRef | null;
  current: ConversionFigures;
  /** The group's figures the year before; null when it had no deals then. */
  previous: ConversionFigures | null;
  dealsChange: number | null;
  amountChange: number | null;
  rateChange: number | null;
}

export interface ReportTable {
  key: ReportTableKey;
  title: string;
  rows: ReportRow[];
  /** The year's figures over every deal of the definition (the rows may add up to more: chains). */
  overall: ConversionFigures;
  /** Deals of the definition without a value for this grouping (in `overall` only). */
  ungrouped: number;
}

export interface KpiSection {
  progress: KpiProgress;
  /** How the window relates to the year (before, within, after the plan). */
  note: string;
}

export interface TrendPoint {
  year: number;
  figures: ConversionFigures;
}

export interface RankingFormula {
  ranking: "BROKERS" | "AGENCIES" | "CASES";
  title: string;
  formula: string;
}

export interface Rankings {
  brokers: RankedBroker[];
  agencies: RankedAgency[];
  cases: RankedCase[];
  formulas: RankingFormula[];
}

export interface NetworkOrg {
  id: string;
  name: string;
  type: string;
  pagerank: number;
  degree: number;
  community: number;
}

export interface NetworkIntermediary {
  id: string;
  name: string;
  type: string;
  roles: number;
  liaison: number;
  gatekeeper: number;
}

export interface NetworkCommunity {
  id: number;
  size: number;
  members: string[];
}

export interface GapChain {
  chainId: string;
  chainName: string;
  supply: number;
  demand: number;
  intermediaries: number;
  threshold: number;
}

export interface NetworkPage {
  /**
   * READY: figures of the current graph version; STALE: of an older version (a newer run is at
   * work); COMPUTING: none stored yet, the page is empty.
   */
  status: "READY" | "STALE" | "COMPUTING";
  /** The graph version the figures were computed for. */
  graphVersion: number;
  organisations: number;
  ties: number;
  communityCount: number;
  keyOrganisations: NetworkOrg[];
  intermediaries: NetworkIntermediary[];
  communities: NetworkCommunity[];
  /** Chains where the alliance lacks intermediaries; null when the caller may not see them. */
  gapChains: GapChain[] | null;
}

/** One line of the method appendix's data coverage: what was left out of which figure. */
export interface CoverageItem {
  key: string;
  label: string;
  count: number;
  leftOutOf: string;
}

export interface AnnualReport {
  year: number;
  period: Period;
  generatedAt: string;
  headline: ReportFigure[];
  kpi: KpiSection;
  tables: ReportTable[];
  flowsToDistricts: Flows;
  flowsToChains: Flows;
  trend: TrendPoint[];
  rankings: Rankings;
  network: NetworkPage;
  coverage: CoverageItem[];
  /** The conversion rate of the year as `conversionRate` returns it (overall and coverage). */
  conversion: ConversionRate;
}
