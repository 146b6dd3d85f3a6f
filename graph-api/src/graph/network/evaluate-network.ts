/**
 * The network evaluation of a period as the API returns it, read from the stored analytics
 * (graph-api/src/graph/analytics): organisations ranked by a metric and cut to a limit, the ties
 * among them, communities and intermediaries. A period without results for the current graph
 * version is computed by a run in a worker thread (AnalyticsService); meanwhile the answer is the
 * previous version's results (STALE) or none yet (COMPUTING), with the run's progress.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import type { AnalyticsService } from "../analytics/analytics-service.js";
import { periodKey, slotOf } from "../analytics/analytics-store.js";
import { BROKERAGE_ROLES, type RoleCounts } from "./brokerage.js";
import type { BrokerageGroupBy, Period } from "./network-service.js";

export type NetworkSort = "PAGERANK" | "BETWEENNESS" | "DEGREE" | "WEIGHTED_DEGREE" | "EFFECTIVE_SIZE" | "CONSTRAINT";
export type AnalyticsState = "READY" | "STALE" | "COMPUTING";

export interface NetworkArgs extends Period {
  groupBy: BrokerageGroupBy;
  sort: NetworkSort;
  community: number | null;
  limit: number;
  edgeLimit: number;
}

const SORT_FIELD: Record<NetworkSort, string> = {
  PAGERANK: "pagerank",
  BETWEENNESS: "betweenness",
  DEGREE: "degree",
  WEIGHTED_DEGREE: "weightedDegree",
  EFFECTIVE_SIZE: "effectiveSize",
  CONSTRAINT: "constraint",
};
const ranking = (s: NetworkSort) => `by${SORT_FIELD[s][0]?.toUpperCase()}${SORT_FIELD[s].slice(1)}`;
const rolesField = (g: BrokerageGroupBy) => (g === "CHAIN" ? "rolesChain" : "rolesInChengdu");
const rolesRanking = (g: BrokerageGroupBy) => (g === "CHAIN" ? "byRolesChain" : "byRolesInChengdu");

/** A stored NetworkMetric row (see cypher/queries/analytics/write-metrics.cypher). */
interface MetricRow {
  actorId: string;
  actorType: string;
  ordinal: number;
  inChengdu?: boolean;
  degree?: number;
  weightedDegree?: number;
  degreeCentrality?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
  constraint?: number;
  effectiveSize?: number;
  pagerankRank?: number;
  betweennessRank?: number;
  degreeRank?: number;
  weightedDegreeRank?: number;
  effectiveSizeRank?: number;
  constraintRank?: number;
  tieTo?: number[];
  tieWeight?: number[];
  rolesInChengdu?: number[];
  rolesChain?: number[];
}

interface PeriodRow {
  slot: string;
  graphVersion: number;
  from: string | null;
  to: string | null;
  nodeCount: number;
  edgeCount: number;
  communityCount: number;
  modularity: number;
  betweennessSampled: boolean;
  betweennessPivots: number | null;
  betweennessErrorBound: number;
  engine: string;
  computeMs: number;
  computedAt: string;
  ranked: number[];
  intermediaries: number[];
  communitySizes: number[];
  communityTop: number[];
}

export interface NetworkNodeView {
  id: string;
  name: string;
  type: string;
  inChengdu: boolean | null;
  degree: number;
  weightedDegree: number;
  degreeCentrality: number;
  betweenness: number;
  pagerank: number;
  community: number;
  constraint: number | null;
  effectiveSize: number;
  ranks: Record<"pagerank" | "betweenness" | "degree" | "weightedDegree" | "effectiveSize" | "constraint", number>;
  brokerage: RoleCounts | null;
}

export interface IntermediaryView {
  id: string;
  name: string;
  type: string;
  roles: RoleCounts;
}

export interface NetworkContext {
  driver: Driver;
  analytics: AnalyticsService;
  database?: string;
}

/** All dates or one calendar year: the standard periods every run computes. */
const isStandard = (p: Period): boolean =>
  (p.from === null && p.to === null) ||
  (p.from !== null && p.to !== null && /-01-01$/.test(p.from) && p.to === `${p.from.slice(0, 4)}-12-31`);

/** The stored period for the request (current version, or the newest older one), starting a run when needed. */
async function storedPeriod(
  ctx: NetworkContext,
  period: Period,
  read: { ranking: string; roles: string; limit: number },
) {
  const key = periodKey(period);
  const load = async (version: number) =>
    (
      await runQuery<PeriodRow & Record<string, unknown>>(
        ctx.driver,
        "analytics/get-network-period",
        { period: key, version, ...read },
        { database: ctx.database },
      )
    )[0] ?? null;
  const standard = isStandard(period);
  const { version, row } = await ctx.analytics.awaitPeriod(period, standard, load);
  const status: AnalyticsState = row === null ? "COMPUTING" : row.graphVersion === version ? "READY" : "STALE";
  return { version, row, status };
}

async function progressOf(ctx: NetworkContext, status: AnalyticsState) {
  if (status === "READY") return null;
  const lock = await ctx.analytics.lock();
  if (!lock.running) return null;
  return { phase: lock.phase ?? "", done: lock.done ?? 0, total: lock.total ?? 0, startedAt: lock.startedAt };
}

async function metricsByOrdinal(
  ctx: NetworkContext,
  slot: string,
  ordinals: number[],
): Promise<Map<number, MetricRow & { name: string }>> {
  if (ordinals.length === 0) return new Map();
  const rows = await runQuery<{ metric: MetricRow; name: string | null }>(
    ctx.driver,
    "analytics/list-metrics-by-ordinal",
    { slot, ordinals: [...new Set(ordinals)] },
    { database: ctx.database },
  );
  return new Map(rows.map((r) => [r.metric.ordinal, { ...r.metric, name: r.name ?? r.metric.actorId }]));
}

function roleCounts(a: number[] | undefined): RoleCounts | null {
  if (!a) return null;
  const r = Object.fromEntries(BROKERAGE_ROLES.map((x, i) => [x, a[i] ?? 0])) as Record<string, number>;
  return { ...r, total: a[5] ?? 0, unclassified: a[6] ?? 0 } as RoleCounts;
}

function nodeView(m: MetricRow & { name: string }, groupBy: BrokerageGroupBy): NetworkNodeView {
  return {
    id: m.actorId,
    name: m.name,
    type: m.actorType,
    inChengdu: m.inChengdu ?? null,
    degree: m.degree ?? 0,
    weightedDegree: m.weightedDegree ?? 0,
    degreeCentrality: m.degreeCentrality ?? 0,
    betweenness: m.betweenness ?? 0,
    pagerank: m.pagerank ?? 0,
    community: m.community ?? 0,
    constraint: m.constraint ?? null,
    effectiveSize: m.effectiveSize ?? 0,
    ranks: {
      pagerank: m.pagerankRank ?? 0,
      betweenness: m.betweennessRank ?? 0,
      degree: m.degreeRank ?? 0,
      weightedDegree: m.weightedDegreeRank ?? 0,
      effectiveSize: m.effectiveSizeRank ?? 0,
      constraint: m.constraintRank ?? 0,
    },
    brokerage: m.actorType === "Agency" ? roleCounts(m[rolesField(groupBy)]) : null,
  };
}

export async function evaluateNetwork(ctx: NetworkContext, args: NetworkArgs) {
  const read = { ranking: ranking(args.sort), roles: rolesRanking(args.groupBy), limit: args.limit };
  const { version, row, status } = await storedPeriod(ctx, args, read);
  const base = {
    from: args.from,
    to: args.to,
    groupBy: args.groupBy,
    status,
    progress: await progressOf(ctx, status),
    currentGraphVersion: version,
  };
  if (!row) {
    return {
      ...base,
      graphVersion: version,
      computeMs: 0,
      computedAt: null,
      engine: null,
      cached: false,
      nodeCount: 0,
      edgeCount: 0,
      communityCount: 0,
      modularity: 0,
      betweennessSampled: false,
      betweennessPivots: null,
      betweennessErrorBound: 0,
      nodes: [],
      edges: [],
      communities: [],
      intermediaries: [],
    };
  }
  // The chosen nodes: the ranking's first `limit`, or one community's best under the sort.
  let chosen: (MetricRow & { name: string })[];
  if (args.community === null) {
    const byOrdinal = await metricsByOrdinal(ctx, row.slot, row.ranked);
    chosen = row.ranked.map((o) => byOrdinal.get(o)).filter((m): m is MetricRow & { name: string } => !!m);
  } else {
    const rows = await runQuery<{ metric: MetricRow; name: string | null }>(
      ctx.driver,
      "analytics/list-community-metrics",
      { slot: row.slot, community: args.community, rank: `${SORT_FIELD[args.sort]}Rank`, limit: args.limit },
      { database: ctx.database },
    );
    chosen = rows.map((r) => ({ ...r.metric, name: r.name ?? r.metric.actorId }));
  }
  const top = row.communityTop.filter((o) => o >= 0);
  const others = await metricsByOrdinal(ctx, row.slot, [...row.intermediaries, ...top]);
  return {
    ...base,
    graphVersion: row.graphVersion,
    computeMs: row.computeMs,
    computedAt: row.computedAt,
    engine: row.engine,
    cached: true,
    nodeCount: row.nodeCount,
    edgeCount: row.edgeCount,
    communityCount: row.communityCount,
    modularity: row.modularity,
    betweennessSampled: row.betweennessSampled,
    betweennessPivots: row.betweennessPivots,
    betweennessErrorBound: row.betweennessErrorBound,
    nodes: chosen.map((m) => nodeView(m, args.groupBy)),
    edges: edgesAmong(chosen, args.edgeLimit),
    communities: row.communitySizes.map((size, id) => ({
      id,
      size,
      topMembers: row.communityTop
        .slice(id * 5, id * 5 + 5)
        .map((o) => others.get(o))
        .filter((m): m is MetricRow & { name: string } => !!m)
        .map((m) => ({ id: m.actorId, name: m.name, type: m.actorType })),
    })),
    intermediaries: row.intermediaries
      .map((o) => others.get(o))
      .filter((m): m is MetricRow & { name: string } => !!m)
      .map((m) => ({
        id: m.actorId,
        name: m.name,
        type: m.actorType,
        roles: roleCounts(m[rolesField(args.groupBy)]) as RoleCounts,
      })),
  };
}

/** Ties among the chosen organisations (from each one's stored heaviest ties), heaviest first. */
function edgesAmong(chosen: readonly MetricRow[], edgeLimit: number) {
  const idOf = new Map(chosen.map((m) => [m.ordinal, m.actorId]));
  const seen = new Map<string, { source: string; target: string; weight: number }>();
  for (const m of chosen) {
    (m.tieTo ?? []).forEach((o, k) => {
      const other = idOf.get(o);
      if (other === undefined) return;
      const [source, target] = m.actorId < other ? [m.actorId, other] : [other, m.actorId];
      seen.set(`${source}\u0000${target}`, { source, target, weight: m.tieWeight?.[k] ?? 0 });
    });
  }
  return [...seen.values()]
    .sort(
      (a, b) =>
        b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1),
    )
    .slice(0, edgeLimit);
}

/** One actor's stored row in the period (null while nothing is stored or when it took no part). */
async function actorRow(ctx: NetworkContext, id: string, period: Period) {
  const { row } = await storedPeriod(ctx, period, { ranking: "byPagerank", roles: "byRolesChain", limit: 0 });
  if (!row) return null;
  const [r] = await runQuery<{ metric: MetricRow; name: string | null }>(
    ctx.driver,
    "analytics/get-actor-metric",
    { slot: slotOf(row.graphVersion, periodKey(period)), actorId: id },
    { database: ctx.database },
  );
  return r ? { ...r.metric, name: r.name ?? id } : null;
}

/** One organisation's metrics in a period, or null when it took part in no collaboration. */
export async function networkNode(
  ctx: NetworkContext,
  id: string,
  period: Period,
  groupBy: BrokerageGroupBy,
): Promise<NetworkNodeView | null> {
  const m = await actorRow(ctx, id, period);
  return m && m.degree !== undefined ? nodeView(m, groupBy) : null;
}

/** One broker's or agency's brokerage roles in a period, or null when it mediated no deal. */
export async function brokerageOf(
  ctx: NetworkContext,
  id: string,
  period: Period,
  groupBy: BrokerageGroupBy,
): Promise<IntermediaryView | null> {
  const m = await actorRow(ctx, id, period);
  const roles = m ? roleCounts(m[rolesField(groupBy)]) : null;
  return m && roles ? { id: m.actorId, name: m.name, type: m.actorType, roles } : null;
}
