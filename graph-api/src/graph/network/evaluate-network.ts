/**
 * The network evaluation of a period as the API returns it, read from the stored analytics
 * (graph-api/src/graph/analytics): organisations ranked by a metric and cut to a limit, the ties
 * among them, communities and intermediaries. A period without results for the current graph
 * version is computed by a run in a worker thread (AnalyticsService); meanwhile the answer is the
 * previous version's results (STALE) or none yet (COMPUTING), with the run's progress.
 */
import { runQuery } from "../../db/run-query.js";
import type { AnalyticsRequest } from "../common/analytics-request.js";
import { chunkOfId, METRIC_FIELDS, ROLE_FIELDS } from "../analytics/actor-chunks.js";
import { periodKey, RANKING_HEAD, STORE_FORMAT } from "../analytics/analytics-store.js";
import { COMMUNITY_CHAINS, COMMUNITY_LABEL_SIZE, type PeriodFigures } from "../analytics/period-network.js";
import { isStandardPeriod } from "../analytics/stored-lists.js";
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

/** The field's defaults (network.graphql), with `over` on top. */
export const networkArgs = (over: Partial<NetworkArgs> = {}): NetworkArgs => ({
  from: null,
  to: null,
  groupBy: "IN_CHENGDU",
  sort: "PAGERANK",
  community: null,
  limit: 100,
  edgeLimit: 500,
  ...over,
});

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

/** The metrics an organisation has in the collaboration graph, stored and answered alike. */
interface GraphMetrics {
  degree: number;
  weightedDegree: number;
  degreeCentrality: number;
  betweenness: number;
  pagerank: number;
  community: number;
  effectiveSize: number;
}

/** A stored actor, decoded; degree −1: not in the graph (a broker). */
interface ActorRow extends GraphMetrics {
  ref: number;
  actorId: string;
  actorType: string;
  name: string | null;
  inChengdu: number;
  /** NaN: none. */
  constraint: number;
  ranks: number[];
  tieTo: number[];
  tieWeight: number[];
  rolesInChengdu: number[];
  rolesChain: number[];
}

/** A row of cypher/queries/analytics/list-actors-by-ref.cypher. */
interface StoredActorRow {
  ref: number;
  actorId: string;
  actorType: string;
  name: string | null;
  metrics: number[];
  tieTo: number[];
  tieWeight: number[];
  roles: number[];
}

const FIELD = Object.fromEntries(METRIC_FIELDS.map((f, i) => [f, i])) as Record<(typeof METRIC_FIELDS)[number], number>;

function decodeActor(r: StoredActorRow): ActorRow {
  const m = (f: (typeof METRIC_FIELDS)[number]) => r.metrics[FIELD[f]] as number;
  return {
    ref: r.ref,
    actorId: r.actorId,
    actorType: r.actorType,
    name: r.name,
    inChengdu: m("inChengdu"),
    degree: m("degree"),
    weightedDegree: m("weightedDegree"),
    degreeCentrality: m("degreeCentrality"),
    betweenness: m("betweenness"),
    pagerank: m("pagerank"),
    community: m("community"),
    constraint: m("constraint"),
    effectiveSize: m("effectiveSize"),
    ranks: [
      m("pagerankRank"),
      m("betweennessRank"),
      m("degreeRank"),
      m("weightedDegreeRank"),
      m("effectiveSizeRank"),
      m("constraintRank"),
    ],
    tieTo: r.tieTo,
    tieWeight: r.tieWeight,
    rolesInChengdu: r.roles.slice(0, ROLE_FIELDS),
    rolesChain: r.roles.slice(ROLE_FIELDS, 2 * ROLE_FIELDS),
  };
}

type StoredFigures = Pick<
  PeriodFigures,
  | "nodeCount"
  | "edgeCount"
  | "communityCount"
  | "modularity"
  | "betweennessSampled"
  | "betweennessPivots"
  | "betweennessErrorBound"
  | "engine"
>;

/** A stored period (see cypher/queries/analytics/get-network-period.cypher). */
interface PeriodRow extends StoredFigures {
  slot: string;
  graphVersion: number;
  chunks: number;
  from: string | null;
  to: string | null;
  computeMs: number;
  computedAt: string;
  ranked: number[];
  intermediaryRefs: number[];
  /** Inline when the limit is within the stored head (empty otherwise: read by ref). */
  intermediaryIds: string[];
  intermediaryTypes: string[];
  intermediaryRoles: number[];
  communitySizes: number[];
  communityTopId: string[];
  communityTopType: string[];
  communityDeals: number[];
  communityChainId: string[];
  communityChainDeals: number[];
}

export interface NetworkNodeView extends GraphMetrics {
  id: string;
  name: string;
  type: string;
  inChengdu: boolean | null;
  constraint: number | null;
  ranks: Record<"pagerank" | "betweenness" | "degree" | "weightedDegree" | "effectiveSize" | "constraint", number>;
  brokerage: RoleCounts | null;
}

export interface IntermediaryView {
  id: string;
  name: string;
  type: string;
  roles: RoleCounts;
}

/** The request reading the network evaluation (its database, timeout) and the process's analytics service. */
export type NetworkContext = AnalyticsRequest;

/** The stored period for the request (current version, or the newest older one), starting a run when needed. */
async function storedPeriod(
  ctx: NetworkContext,
  period: Period,
  read: { ranking: string; roles: string; limit: number; community: number | null },
) {
  const key = periodKey(period);
  const load = async (version: number) =>
    (
      await runQuery<PeriodRow & Record<string, unknown>>(ctx, "analytics/get-network-period", {
        period: key,
        version,
        format: STORE_FORMAT,
        head: RANKING_HEAD,
        ...read,
      })
    )[0] ?? null;
  const standard = isStandardPeriod(period);
  const { version, row } = await ctx.analytics.awaitPeriod(ctx, period, standard, load);
  const status: AnalyticsState = row === null ? "COMPUTING" : row.graphVersion === version ? "READY" : "STALE";
  return { version, row, status };
}

async function progressOf(ctx: NetworkContext, status: AnalyticsState) {
  if (status === "READY") return null;
  const lock = await ctx.analytics.lock(ctx);
  if (!lock.running) return null;
  return { phase: lock.phase ?? "", done: lock.done ?? 0, total: lock.total ?? 0, startedAt: lock.startedAt };
}

async function actorsByRef(ctx: NetworkContext, slot: string, refs: number[]): Promise<Map<number, ActorRow>> {
  const wanted = [...new Set(refs.filter((r) => r >= 0))];
  if (wanted.length === 0) return new Map();
  const rows = await runQuery<StoredActorRow & Record<string, unknown>>(ctx, "analytics/list-actors-by-ref", {
    slot,
    refs: wanted,
    fields: METRIC_FIELDS.length,
    roleFields: 2 * ROLE_FIELDS,
  });
  return new Map(rows.map((r) => [r.ref, decodeActor(r)]));
}

/** Names of actors by id (current names: a rename needs no new run). */
async function namesOf(ctx: NetworkContext, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => id !== ""))];
  if (wanted.length === 0) return new Map();
  const rows = await runQuery<{ id: string; name: string }>(ctx, "analytics/list-names", { ids: wanted });
  return new Map(rows.map((r) => [r.id, r.name]));
}

function roleCounts(a: number[] | undefined): RoleCounts | null {
  if (!a || (a[5] ?? -1) < 0) return null;
  const r = Object.fromEntries(BROKERAGE_ROLES.map((x, i) => [x, a[i] ?? 0])) as Record<string, number>;
  return { ...r, total: a[5] ?? 0, unclassified: a[6] ?? 0 } as RoleCounts;
}

function nodeView(m: ActorRow, groupBy: BrokerageGroupBy): NetworkNodeView {
  const [pagerank = 0, betweenness = 0, degree = 0, weightedDegree = 0, effectiveSize = 0, constraint = 0] = m.ranks;
  return {
    id: m.actorId,
    name: m.name ?? m.actorId,
    type: m.actorType,
    inChengdu: m.inChengdu < 0 ? null : m.inChengdu === 1,
    degree: m.degree,
    weightedDegree: m.weightedDegree,
    degreeCentrality: m.degreeCentrality,
    betweenness: m.betweenness,
    pagerank: m.pagerank,
    community: m.community,
    constraint: Number.isNaN(m.constraint) ? null : m.constraint,
    effectiveSize: m.effectiveSize,
    ranks: { pagerank, betweenness, degree, weightedDegree, effectiveSize, constraint },
    brokerage: m.actorType === "Agency" ? roleCounts(m[rolesField(groupBy)]) : null,
  };
}

export async function evaluateNetwork(ctx: NetworkContext, args: NetworkArgs) {
  const read = {
    ranking: ranking(args.sort),
    roles: rolesRanking(args.groupBy),
    limit: args.limit,
    community: args.community,
  };
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
  // The ranked organisations from their chunks; intermediaries and community labels are inline
  // (ids, types, roles) unless the limit exceeds the stored head, then read by ref as well.
  const inline = row.intermediaryIds.length === row.intermediaryRefs.length;
  const [actors, names] = await Promise.all([
    actorsByRef(ctx, row.slot, [...row.ranked, ...(inline ? [] : row.intermediaryRefs)]),
    namesOf(ctx, [...(inline ? row.intermediaryIds : []), ...row.communityTopId, ...row.communityChainId]),
  ]);
  const pick = (refs: number[]) => refs.map((r) => actors.get(r)).filter((m): m is ActorRow => !!m);
  const chosen = pick(row.ranked);
  const roleSlice = (i: number) => row.intermediaryRoles.slice(i * ROLE_FIELDS, (i + 1) * ROLE_FIELDS);
  const intermediaries = inline
    ? row.intermediaryIds.map((id, i) => ({
        id,
        name: names.get(id) ?? id,
        type: row.intermediaryTypes[i] as string,
        roles: roleCounts(roleSlice(i)) as RoleCounts,
      }))
    : pick(row.intermediaryRefs).map((m) => ({
        id: m.actorId,
        name: m.name ?? m.actorId,
        type: m.actorType,
        roles: roleCounts(m[rolesField(args.groupBy)]) as RoleCounts,
      }));
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
      topMembers: row.communityTopId
        .slice(id * COMMUNITY_LABEL_SIZE, (id + 1) * COMMUNITY_LABEL_SIZE)
        .map((memberId, k) => ({
          id: memberId,
          name: names.get(memberId) ?? memberId,
          type: row.communityTopType[id * COMMUNITY_LABEL_SIZE + k] as string,
        }))
        .filter((m) => m.id !== ""),
      ...communityChains(row, id, names),
    })),
    intermediaries,
  };
}

/** A community's deals and dominant chains (share: of the community's deals) as answered. */
function communityChains(row: PeriodRow, c: number, names: ReadonlyMap<string, string>) {
  const deals = row.communityDeals[c] ?? 0;
  const from = c * COMMUNITY_CHAINS;
  const dominantChains = row.communityChainId
    .slice(from, from + COMMUNITY_CHAINS)
    .map((chainId, k) => ({ chainId, deals: row.communityChainDeals[from + k] ?? 0 }))
    .filter((x) => x.chainId !== "")
    .map((x) => ({ ...x, name: names.get(x.chainId) ?? x.chainId, share: deals > 0 ? x.deals / deals : 0 }));
  return { deals, dominantChains };
}

/** Ties among the chosen organisations (from each one's stored heaviest ties), heaviest first. */
function edgesAmong(chosen: readonly ActorRow[], edgeLimit: number) {
  const idOf = new Map(chosen.map((m) => [m.ref, m.actorId]));
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
async function actorRow(ctx: NetworkContext, id: string, period: Period): Promise<ActorRow | null> {
  const read = async (version: number) =>
    (
      await runQuery<{ slot: string; graphVersion: number; chunks: number }>(ctx, "analytics/get-period-slot", {
        period: periodKey(period),
        version,
        format: STORE_FORMAT,
      })
    )[0] ?? null;
  const { row } = await ctx.analytics.awaitPeriod(ctx, period, isStandardPeriod(period), read);
  if (!row) return null;
  const [found] = await runQuery<{ ref: number }>(ctx, "analytics/find-actor-ref", {
    slot: row.slot,
    chunk: chunkOfId(id, row.chunks),
    actorId: id,
  });
  if (!found) return null;
  return (await actorsByRef(ctx, row.slot, [found.ref])).get(found.ref) ?? null;
}

/** One organisation's metrics in a period, or null when it took part in no collaboration. */
export async function networkNode(
  ctx: NetworkContext,
  id: string,
  period: Period,
  groupBy: BrokerageGroupBy,
): Promise<NetworkNodeView | null> {
  const m = await actorRow(ctx, id, period);
  return m && m.degree >= 0 ? nodeView(m, groupBy) : null;
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
  return m && roles ? { id: m.actorId, name: m.name ?? m.actorId, type: m.actorType, roles } : null;
}
