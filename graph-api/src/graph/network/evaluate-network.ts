/**
 * The network evaluation of a period as the API returns it: organisations ranked by a metric and
 * cut to a limit, the ties among them, communities and intermediaries — all served from the
 * cache of NetworkService when the graph version has not changed.
 */
import type { RoleCounts } from "./brokerage.js";
import type { NodeMetrics } from "./compute-metrics.js";
import type { BrokerageGroupBy, CollaborationState, NetworkService, PartyInfo, Period } from "./network-service.js";

export type NetworkSort = "PAGERANK" | "BETWEENNESS" | "DEGREE" | "WEIGHTED_DEGREE" | "EFFECTIVE_SIZE" | "CONSTRAINT";

export interface NetworkArgs extends Period {
  groupBy: BrokerageGroupBy;
  sort: NetworkSort;
  community: number | null;
  limit: number;
  edgeLimit: number;
}

export type NetworkNodeView = NodeMetrics & {
  name: string;
  type: string;
  inChengdu: boolean | null;
  brokerage: RoleCounts | null;
};
export interface IntermediaryView extends PartyInfo {
  roles: RoleCounts;
}

const COMMUNITY_LABEL_SIZE = 5;

const SORT_KEY: Record<NetworkSort, (m: NodeMetrics) => number> = {
  PAGERANK: (m) => -m.pagerank,
  BETWEENNESS: (m) => -m.betweenness,
  DEGREE: (m) => -m.degree,
  WEIGHTED_DEGREE: (m) => -m.weightedDegree,
  EFFECTIVE_SIZE: (m) => -m.effectiveSize,
  CONSTRAINT: (m) => m.constraint ?? Number.POSITIVE_INFINITY, // lowest constraint first
};

export async function evaluateNetwork(service: NetworkService, args: NetworkArgs) {
  const version = await service.graphVersion();
  // Both start their Cypher at once: the brokerage queries run in Neo4j while the metrics compute here.
  const [collab, brokerage] = await Promise.all([
    service.collaboration(version, args),
    service.brokerage(version, args, args.groupBy),
  ]);
  const { metrics, ties } = collab.value;

  const ranked = rankedBy(collab.value, args.sort);
  const chosen =
    args.community === null
      ? ranked.slice(0, args.limit)
      : ranked.filter((m) => m.community === args.community).slice(0, args.limit);
  const chosenIds = new Set(chosen.map((m) => m.id));
  const edges = ties
    .filter((t) => chosenIds.has(t.source) && chosenIds.has(t.target))
    .sort(
      (a, b) =>
        b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1),
    )
    .slice(0, args.edgeLimit);

  const roles = brokerage.value.roles;
  const view = (m: NodeMetrics) => nodeView(collab.value, m, roles.get(m.id) ?? null);
  const cached = collab.cached && brokerage.cached;
  return {
    from: args.from,
    to: args.to,
    groupBy: args.groupBy,
    graphVersion: version,
    // The two run concurrently: the longer one is the time taken.
    computeMs: Math.max(collab.cached ? 0 : collab.value.computeMs, brokerage.cached ? 0 : brokerage.value.computeMs),
    cached,
    nodeCount: metrics.nodes.size,
    edgeCount: ties.length,
    communityCount: metrics.communitySizes.length,
    modularity: metrics.modularity,
    betweennessSampled: metrics.betweennessSampled,
    nodes: chosen.map(view),
    edges,
    communities: communities(collab.value, args.limit),
    intermediaries: intermediaries(brokerage.value.roles, brokerage.value.parties, args.limit),
  };
}

/** One organisation's metrics in a period, or null when it took part in no collaboration. */
export async function networkNode(
  service: NetworkService,
  id: string,
  period: Period,
  groupBy: BrokerageGroupBy,
): Promise<NetworkNodeView | null> {
  const version = await service.graphVersion();
  const collab = await service.collaboration(version, period);
  const m = collab.value.metrics.nodes.get(id);
  if (!m) return null;
  const brokerage = await service.brokerage(version, period, groupBy);
  return nodeView(collab.value, m, brokerage.value.roles.get(id) ?? null);
}

/** One broker's or agency's brokerage roles in a period, or null when it mediated no deal. */
export async function brokerageOf(
  service: NetworkService,
  id: string,
  period: Period,
  groupBy: BrokerageGroupBy,
): Promise<IntermediaryView | null> {
  const version = await service.graphVersion();
  const { value } = await service.brokerage(version, period, groupBy);
  const roles = value.roles.get(id);
  const party = value.parties.get(id);
  return roles && party ? { ...party, roles } : null;
}

function nodeView(state: CollaborationState, m: NodeMetrics, roles: RoleCounts | null): NetworkNodeView {
  const org = state.orgs.get(m.id);
  return {
    ...m,
    name: org?.name ?? m.id,
    type: org?.type ?? "Entity",
    inChengdu: org?.inChengdu ?? null,
    brokerage: org?.type === "Agency" ? roles : null,
  };
}

/** Rankings computed once per cached state and sort key (a request then only slices). */
const rankings = new WeakMap<CollaborationState, Map<NetworkSort, NodeMetrics[]>>();

function rankedBy(state: CollaborationState, sort: NetworkSort): NodeMetrics[] {
  let bySort = rankings.get(state);
  if (!bySort) rankings.set(state, (bySort = new Map()));
  let list = bySort.get(sort);
  if (!list) {
    const key = SORT_KEY[sort];
    list = [...state.metrics.nodes.values()].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : 1));
    bySort.set(sort, list);
  }
  return list;
}

function communities(state: CollaborationState, limit: number) {
  // Members by PageRank: the first five of each community label it.
  const top = new Map<number, NodeMetrics[]>();
  for (const m of rankedBy(state, "PAGERANK")) {
    if (m.community >= limit) continue;
    const list = top.get(m.community) ?? [];
    if (list.length < COMMUNITY_LABEL_SIZE) top.set(m.community, [...list, m]);
  }
  return state.metrics.communitySizes.slice(0, limit).map((size, id) => ({
    id,
    size,
    topMembers: (top.get(id) ?? []).map((m) => {
      const org = state.orgs.get(m.id);
      return { id: m.id, name: org?.name ?? m.id, type: org?.type ?? "Entity" };
    }),
  }));
}

function intermediaries(
  roles: Map<string, RoleCounts>,
  parties: Map<string, PartyInfo>,
  limit: number,
): IntermediaryView[] {
  return [...roles.entries()]
    .sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, r]) => {
      const p = parties.get(id);
      return { id, name: p?.name ?? id, type: p?.type ?? "Entity", roles: r };
    });
}
