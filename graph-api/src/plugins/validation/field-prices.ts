/**
 * The prices of the custom fields — every field with a hand-written resolver or declared on a root
 * type by the schema files — in the query cost model (query-cost.ts). This table is the one place
 * where they are set: a new custom field (say `annualReport(year)`) is priced by adding one entry
 * `"Query.annualReport": analytics("SCAN")`.
 *
 * A price is the cost of one call, its selection's cost included. Generated fields (lists,
 * connections, aggregates) are priced by query-cost.ts from their page size instead.
 *
 * Units are those of the generated lists: one field of one returned row costs 1, so a page of 50
 * brokers with 3 fields costs 151. Analytics are priced by what their first computation costs
 * (before any cache holds it) at city scale, in four classes; the heaviest, a whole-network
 * computation, is 20,000 — two fit under the default MAX_QUERY_COST of 50,000. A custom field
 * missing from the table costs UNPRICED_CUSTOM_FIELD (the heaviest class): safe, never 1.
 */
import { isObjectType, type GraphQLSchema } from "graphql";
import type { ComplexityEstimatorArgs } from "graphql-query-complexity";
import {
  NODES_BY_TYPE_DEFAULT,
  NODES_BY_TYPE_MAX,
  PATH_DEFAULT_HOPS,
  PATH_MAX_HOPS,
  SUBGRAPH_MAX_IDS,
} from "../../graph/explore/explore.js";
import { SEARCH_DEFAULT, SEARCH_MAX } from "../../graph/explore/search.js";

/** Page sizes of the configuration that some prices depend on. */
export interface PriceLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/** What one call of a field costs, its selection included. */
export type FieldPrice = (call: ComplexityEstimatorArgs, limits: PriceLimits) => number;

/**
 * First-computation cost classes of analytics (city scale: 200k nodes, 1M relationships):
 * - NETWORK: the whole collaboration network of a period (metrics, roles): 14.6 s at city;
 * - PERIOD: every deal of a period joined to members, chains or partners: 2–4 s;
 * - SCAN: an aggregate over a year's deals or an index search with scoring: 0.05–0.7 s;
 * - LOOKUP: one entity and its neighbourhood: a few ms.
 */
export const ANALYTICS_CLASS = { NETWORK: 20_000, PERIOD: 5_000, SCAN: 1_000, LOOKUP: 50 } as const;

/** The price of a custom field without an entry in FIELD_PRICES. */
export const UNPRICED_CUSTOM_FIELD = ANALYTICS_CLASS.NETWORK;

export type AnalyticsClass = keyof typeof ANALYTICS_CLASS;

/** A price that also names its analytics class (read by isAggregateField). */
type ClassedPrice = FieldPrice & { analyticsClass?: AnalyticsClass };

const classed = (kind: AnalyticsClass, price: FieldPrice): ClassedPrice =>
  Object.assign(price, { analyticsClass: kind });

/** An analytics field: its class plus its selection (results are computed once, then shaped). */
export const analytics = (kind: AnalyticsClass): FieldPrice =>
  classed(kind, ({ childComplexity }) => ANALYTICS_CLASS[kind] + childComplexity);

/** An integer argument as the resolver will read it: the default when absent, clamped to [min, max]. */
export function sizeArg(value: unknown, fallback: number, max: number, min = 0): number {
  const n = typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(Math.max(n, min), max);
}

/** The year of a Date argument (a neo4j Date or an ISO string), or null. */
const yearOfDate = (value: unknown): number | null => {
  const year = value === null || value === undefined ? NaN : Number(String(value).slice(0, 4));
  return Number.isInteger(year) ? year : null;
};

/**
 * The years conversionTrend computes, as the resolver will read them (at most 20): `period`'s year
 * or its from..to years, or the deprecated fromYear..toYear. Anything the resolver refuses costs 1.
 */
function trendYears(args: Record<string, unknown>): number {
  const period = (args.period ?? null) as { year?: unknown; from?: unknown; to?: unknown } | null;
  const asYear = (v: unknown) => (typeof v === "number" ? v : null);
  const from = period ? (asYear(period.year) ?? yearOfDate(period.from)) : asYear(args.fromYear);
  const to = period ? (asYear(period.year) ?? yearOfDate(period.to)) : asYear(args.toYear);
  if (from === null) return 1;
  return sizeArg((to ?? from) - from + 1, 1, 20, 1);
}

/** A list field of the explorer: a base for the query plus each row's selection. */
const rows =
  (base: number, size: (args: Record<string, unknown>, limits: PriceLimits) => number): FieldPrice =>
  ({ args, childComplexity }, limits) =>
    base + size(args, limits) * (1 + childComplexity);

/** A field read from the row already in hand (a pointer to its node): one field plus its selection. */
const inHand: FieldPrice = ({ childComplexity }) => 1 + childComplexity;

export const FIELD_PRICES: Readonly<Record<string, FieldPrice>> = {
  // Explorer: priced by the rows asked for and, for paths, by the search they start.
  // Search reads up to 100,000 full-text hits and ranks up to 5,000 before paging (0.3–1 s at city
  // for one character): a fixed base for that, then the rows; searchPage also counts per type.
  "Query.search": rows(300, (a) => sizeArg(a.limit, SEARCH_DEFAULT, SEARCH_MAX)),
  "Query.searchPage": rows(500, (a) => sizeArg(a.limit, SEARCH_DEFAULT, SEARCH_MAX)),
  "Query.nodesByType": rows(10, (a) => sizeArg(a.limit, NODES_BY_TYPE_DEFAULT, NODES_BY_TYPE_MAX)),
  "Query.node": analytics("LOOKUP"),
  "Query.neighbourCounts": analytics("LOOKUP"),
  // An expand collects and sorts all of a node's neighbours (a hub's 5,167 at city: 0.28 s) before
  // it pages or folds them into groups.
  "Query.expand": rows(100, (a, l) => sizeArg(a.limit, Math.min(50, l.maxPageSize), l.maxPageSize)),
  "Query.neighbourYears": analytics("LOOKUP"),
  // Every id is a node to load with its facets plus its relationships to the others.
  "Query.subgraph": ({ args, childComplexity }) =>
    10 + 10 * sizeArg(Array.isArray(args.ids) ? args.ids.length : 0, 0, SUBGRAPH_MAX_IDS) + childComplexity,
  // A breadth-first search from both ends, bounded by maxHops; when no path exists it visits
  // everything within reach, most of a small-world graph after a few hops: 1,000 per hop.
  "Query.shortestPath": ({ args, childComplexity }) =>
    1_000 * sizeArg(args.maxHops, PATH_DEFAULT_HOPS, PATH_MAX_HOPS, 1) + childComplexity,

  // Network analytics share one computation per period; its first run is what a call may cost.
  "Query.networkEvaluation": analytics("NETWORK"),
  "Query.networkNode": analytics("NETWORK"),
  "Query.brokerageRoles": analytics("NETWORK"),
  // Reads the lock and the stored periods: a few small nodes.
  "Query.analyticsStatus": analytics("LOOKUP"),
  "Query.memberGaps": analytics("PERIOD"),
  "Query.suggestPartners": analytics("PERIOD"),
  "Query.partnerGaps": analytics("SCAN"),
  "Query.matchResults": analytics("SCAN"),
  "Query.recommendBrokers": analytics("SCAN"),
  "Query.topBrokers": analytics("SCAN"),
  "Query.topAgencies": analytics("SCAN"),
  "Query.topCases": analytics("SCAN"),
  "Query.agencyEvaluation": analytics("SCAN"),
  "Query.conversionRate": analytics("SCAN"),
  // One conversionRate per year of the range (at most 20), each shaped like conversionRate's answer.
  "Query.conversionTrend": classed(
    "SCAN",
    ({ args, childComplexity }) => trendYears(args) * (ANALYTICS_CLASS.SCAN + childComplexity),
  ),
  // The whole white paper: about 25 scans of a year's deals plus the stored network page.
  "Query.annualReport": analytics("NETWORK"),
  "Query.kpiProgress": analytics("SCAN"),
  "Query.flows": analytics("SCAN"),
  "Query.resultJourney": analytics("LOOKUP"),
  "Query.enterpriseSources": analytics("LOOKUP"),
  // Without text it counts every deal's results on each call (1.2 s at city).
  "Query.resultsByDeals": analytics("SCAN"),

  // Keyset pages: two index seeks from the cursor for the page's ids, then the generated list
  // fills `node` — priced like a generated list of `first` rows.
  "Query.dealsPage": rows(20, (a, l) => sizeArg(a.first, l.defaultPageSize, l.maxPageSize, 1)),
  "Query.resultsPage": rows(20, (a, l) => sizeArg(a.first, l.defaultPageSize, l.maxPageSize, 1)),
  "Query.brokersPage": rows(20, (a, l) => sizeArg(a.first, l.defaultPageSize, l.maxPageSize, 1)),

  // Pointers of the cache-safe answers (resolvers/node-pointers.ts): built from the row itself.
  "NetworkNode.organisation": inHand,
  "Intermediary.node": inHand,
  "NetworkCommunity.number": inHand,
  "PartnerSuggestion.partner": inHand,
  "FlowNode.node": inHand,
  "ReportNetworkOrg.organisation": inHand,
  "ReportIntermediary.node": inHand,
  "ReportCommunity.number": inHand,
};

/**
 * True for the aggregates: custom fields priced as a scan, a period or the whole network (at city
 * scale 50 ms to seconds of database or worker time per call). They share the per-process
 * concurrency cap (schema/gate-aggregate-fields.ts); lookups and explorer fields do not.
 */
export function isAggregateField(name: string): boolean {
  const kind = (FIELD_PRICES[name] as ClassedPrice | undefined)?.analyticsClass;
  return kind !== undefined && kind !== "LOOKUP";
}

/**
 * Attach the prices to the custom fields of a built schema as `extensions.complexity`, which the
 * cost model reads first. `customFields` are `Type.field` names (see build-schema.ts); those
 * without an entry get UNPRICED_CUSTOM_FIELD. Returns the names left unpriced.
 */
export function priceCustomFields(
  schema: GraphQLSchema,
  customFields: Iterable<string>,
  limits: PriceLimits,
): string[] {
  const unpriced: string[] = [];
  for (const name of customFields) {
    const [typeName = "", fieldName = ""] = name.split(".");
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    const price = FIELD_PRICES[name];
    if (!price) unpriced.push(name);
    const complexity = price
      ? (call: ComplexityEstimatorArgs) => price(call, limits)
      : ({ childComplexity }: ComplexityEstimatorArgs) => UNPRICED_CUSTOM_FIELD + childComplexity;
    // GraphQLField objects are built once per schema; their extensions are read at query time.
    Object.assign(field, { extensions: { ...field.extensions, complexity } });
  }
  return unpriced;
}
