/**
 * The network evaluation of one period from its deals, as stored rows: the collaboration graph of
 * organisations (two are tied when they take part in one deal as seller, buyer, serving agency or
 * employer of a broker on it; weight = number of such deals), its metrics — degree, PageRank,
 * betweenness and Louvain from a centrality engine, Burt's constraint and effective size here —
 * ranks under every sort key, and the Gould–Fernandez roles of every intermediary (brokers and
 * serving agencies) under both groupings. Brokers get rows of their own (roles, no graph metrics),
 * so a network that includes brokers stores into the same shape.
 */
import { addFlow, BROKERAGE_ROLES, countRolesOfPairs, type RoleCounts } from "../network/brokerage.js";
import { structuralHolesCsr, type Csr } from "../network/structural-holes.js";
import type { Centrality, CentralityEngine, TieLists } from "./centrality-engines.js";
import { betweennessErrorBound } from "./centrality-engines.js";
import type { DealParties } from "./deal-parties.js";

/** What the analytics run knows of an actor (graph-facts.ts, profilesOf). */
export interface ActorProfile {
  type: string;
  /** IN_CHENGDU groups ('true' / 'false'; empty when unknown). */
  inChengdu: ReadonlySet<string>;
  /** CHAIN groups (chain ids). */
  chains: ReadonlySet<string>;
}

export const SORT_KEYS = [
  "pagerank",
  "betweenness",
  "degree",
  "weightedDegree",
  "effectiveSize",
  "constraint",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const GROUPINGS = { IN_CHENGDU: "rolesInChengdu", CHAIN: "rolesChain" } as const;

/** Most ties kept per organisation for drawing (its heaviest); see NetworkEvaluation.edges. */
export const TIES_KEPT = 256;
/** Members per community kept as its label. */
export const COMMUNITY_LABEL_SIZE = 5;
/** Industry chains kept per community (its dominant chains, most deals first). */
export const COMMUNITY_CHAINS = 3;

export interface MetricRow {
  actorId: string;
  actorType: string;
  ordinal: number;
  inChengdu: boolean | null;
  degree: number | null;
  weightedDegree: number | null;
  degreeCentrality: number | null;
  betweenness: number | null;
  pagerank: number | null;
  community: number | null;
  communityRank: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  pagerankRank: number | null;
  betweennessRank: number | null;
  degreeRank: number | null;
  weightedDegreeRank: number | null;
  effectiveSizeRank: number | null;
  constraintRank: number | null;
  tieTo: number[] | null;
  tieWeight: number[] | null;
  /** [coordinator, gatekeeper, representative, consultant, liaison, total, unclassified] or null. */
  rolesInChengdu: number[] | null;
  rolesChain: number[] | null;
}

export interface PeriodFigures {
  nodeCount: number;
  edgeCount: number;
  communityCount: number;
  modularity: number;
  betweennessSampled: boolean;
  betweennessPivots: number | null;
  betweennessErrorBound: number;
  engine: string;
  /** Ordinals ranked under each sort key (best first). */
  rankings: Record<SortKey, number[]>;
  /** Ordinals of intermediaries ranked by total roles, per grouping. */
  intermediaries: Record<keyof typeof GROUPINGS, number[]>;
  /** Ordinals of each community in turn (community 0 first), best first under each sort key. */
  communityRankings: Record<SortKey, number[]>;
  /** Where community c starts in the communityRankings lists (length communityCount + 1). */
  communityStart: number[];
  /** Community sizes, community 0 first (the largest). */
  communitySizes: number[];
  /** COMMUNITY_LABEL_SIZE ordinals per community by PageRank (−1 pads). */
  communityTop: number[];
  /** Deals of the period with at least one member of the community as a party, per community. */
  communityDeals: number[];
  /**
   * COMMUNITY_CHAINS chains per community with the most of its deals, most first (ties: chain id):
   * chain ids ('' pads) and the community's deals in each (0 pads).
   */
  communityChainIds: string[];
  communityChainDeals: number[];
  phasesMs: Record<string, number>;
}

export interface PeriodNetwork {
  rows: MetricRow[];
  figures: PeriodFigures;
}

const EMPTY: ReadonlySet<string> = new Set();
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A period's collaboration graph with its centralities under way: the engine's work (in Neo4j with
 * GDS) runs while the caller does other things — the rest of this period (structural holes, roles)
 * or the previous period's writes.
 */
export interface PeriodGraph {
  ties: TieLists;
  /** Actor index of each node. */
  nodes: number[];
  centrality: Promise<Centrality>;
  /** Time spent building the ties, and the engine's own time once it is done. */
  phasesMs: Record<string, number>;
}

/** Runs a task now or later (e.g. when fewer than so many are running). */
export type Schedule = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Build the period's ties and hand the engine's work on them to `schedule`. The returned promise
 * never rejects unobserved: the caller awaits it through computePeriodNetwork or settles it on
 * failure.
 */
export function startPeriodGraph(
  deals: readonly DealParties[],
  ids: readonly string[],
  engine: CentralityEngine,
  schedule: Schedule = (task) => task(),
): PeriodGraph {
  const t0 = performance.now();
  const { ties, nodes } = collaborationTies(deals, ids);
  const phasesMs: Record<string, number> = { ties: Math.round(performance.now() - t0) };
  const centrality = schedule(async () => {
    const t1 = performance.now();
    const c = await engine.compute(ties);
    phasesMs[`centrality(${engine.name})`] = Math.round(performance.now() - t1);
    return c;
  });
  centrality.catch(() => undefined); // observed later by computePeriodNetwork or the run's cleanup
  return { ties, nodes, centrality, phasesMs };
}

export async function computePeriodNetwork(
  deals: readonly DealParties[],
  graph: PeriodGraph,
  ids: readonly string[],
  profiles: ReadonlyMap<number, ActorProfile>,
  engineName: string,
  /** Chain ids by index (DealParties.chains). */
  chainIds: readonly string[],
): Promise<PeriodNetwork> {
  const phasesMs: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phasesMs[name] = Math.round(now - mark);
    mark = now;
  };

  const { ties, nodes } = graph;
  const n = nodes.length;
  const m = ties.source.length;
  const local = new Map(nodes.map((g, i) => [g, i]));
  const csr = csrFromTies(ties);
  phase("csr");
  // What does not need the centralities is done while the engine works.
  const holes = structuralHolesCsr(csr);
  phase("structuralHoles");
  const roles = brokerageRoles(deals, ids.length, profiles);
  phase("brokerage");
  const centrality = await graph.centrality;
  phase("centralityWait");
  Object.assign(phasesMs, graph.phasesMs);

  // Degree and weighted degree; communities renumbered by size (ties: smallest member id).
  const degree = new Int32Array(n);
  const weighted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = (csr.start[i + 1] as number) - (csr.start[i] as number);
    let sum = 0;
    for (let j = csr.start[i] as number; j < (csr.start[i + 1] as number); j++) sum += csr.wt[j] as number;
    weighted[i] = sum;
  }
  const { community, sizes } = renumberBySize(centrality.community, n);

  // Sort keys per node (ascending = best first); ties go by id, and nodes are numbered in id
  // order, so by index.
  const key: Record<SortKey, (i: number) => number> = {
    pagerank: (i) => -(centrality.pagerank[i] as number),
    betweenness: (i) => -(centrality.betweenness[i] as number),
    degree: (i) => -(degree[i] as number),
    weightedDegree: (i) => -(weighted[i] as number),
    effectiveSize: (i) => -(holes.effectiveSize[i] as number),
    constraint: (i) => {
      const c = holes.constraint[i] as number;
      return Number.isNaN(c) ? Number.POSITIVE_INFINITY : c; // lowest constraint first
    },
  };
  const order = Array.from({ length: n }, (_, i) => i);
  const rankings = {} as Record<SortKey, number[]>;
  const rankOf = {} as Record<SortKey, Int32Array>;
  const k = new Float64Array(n);
  for (const s of SORT_KEYS) {
    const f = key[s];
    for (let i = 0; i < n; i++) k[i] = f(i);
    const ranked = [...order].sort((a, b) => (k[a] as number) - (k[b] as number) || a - b);
    rankings[s] = ranked;
    const r = new Int32Array(n);
    ranked.forEach((i, pos) => (r[i] = pos + 1));
    rankOf[s] = r;
  }
  // Rank within the community by PageRank, and each community's first members.
  const communityRank = new Int32Array(n);
  const seen = new Int32Array(sizes.length);
  const communityTop = new Array<number>(sizes.length * COMMUNITY_LABEL_SIZE).fill(-1);
  for (const i of rankings.pagerank) {
    const c = community[i] as number;
    const pos = seen[c] as number;
    communityRank[i] = pos + 1;
    if (pos < COMMUNITY_LABEL_SIZE) communityTop[c * COMMUNITY_LABEL_SIZE + pos] = i;
    seen[c] = pos + 1;
  }
  // Each sort key's ranking regrouped by community (a stable partition keeps the order within).
  const communityStart = [0];
  for (const size of sizes) communityStart.push((communityStart.at(-1) as number) + size);
  const communityRankings = {} as Record<SortKey, number[]>;
  for (const s of SORT_KEYS) {
    const out = new Array<number>(n);
    const next = communityStart.slice(0, sizes.length);
    for (const i of rankings[s]) {
      const c = community[i] as number;
      out[next[c] as number] = i;
      next[c] = (next[c] as number) + 1;
    }
    communityRankings[s] = out;
  }
  phase("ranks");

  const chains = communityChains(deals, local, community, sizes.length, chainIds);
  phase("communityChains");

  // Rows: organisations of the graph first (ordinal = node index), then intermediaries outside it.
  const rolesArray = (r: RoleCounts | undefined) =>
    r ? [...BROKERAGE_ROLES.map((x) => r[x]), r.total, r.unclassified] : null;
  const ordinalOf = new Map<number, number>(local);
  const rows: MetricRow[] = nodes.map((g, i) => {
    const from = csr.start[i] as number;
    const to = csr.start[i + 1] as number;
    const kept = Array.from({ length: to - from }, (_, x) => from + x)
      .sort((a, b) => (csr.wt[b] as number) - (csr.wt[a] as number) || (csr.nbr[a] as number) - (csr.nbr[b] as number))
      .slice(0, TIES_KEPT);
    const c = holes.constraint[i] as number;
    const p = profiles.get(g);
    return {
      actorId: ids[g] as string,
      actorType: p?.type ?? "Entity",
      ordinal: i,
      inChengdu: inChengdu(p),
      degree: degree[i] as number,
      weightedDegree: weighted[i] as number,
      degreeCentrality: n > 1 ? (degree[i] as number) / (n - 1) : 0,
      betweenness: centrality.betweenness[i] as number,
      pagerank: centrality.pagerank[i] as number,
      community: community[i] as number,
      communityRank: communityRank[i] as number,
      constraint: Number.isNaN(c) ? null : c,
      effectiveSize: holes.effectiveSize[i] as number,
      pagerankRank: rankOf.pagerank[i] as number,
      betweennessRank: rankOf.betweenness[i] as number,
      degreeRank: rankOf.degree[i] as number,
      weightedDegreeRank: rankOf.weightedDegree[i] as number,
      effectiveSizeRank: rankOf.effectiveSize[i] as number,
      constraintRank: rankOf.constraint[i] as number,
      tieTo: kept.map((x) => csr.nbr[x] as number),
      tieWeight: kept.map((x) => csr.wt[x] as number),
      rolesInChengdu: rolesArray(roles.IN_CHENGDU.get(String(g))),
      rolesChain: rolesArray(roles.CHAIN.get(String(g))),
    };
  });
  const intermediaryIds = new Set([...roles.IN_CHENGDU.keys(), ...roles.CHAIN.keys()].map(Number));
  for (const g of [...intermediaryIds].sort((a, b) => cmp(ids[a] as string, ids[b] as string))) {
    if (ordinalOf.has(g)) continue;
    const p = profiles.get(g);
    ordinalOf.set(g, rows.length);
    rows.push({
      ...emptyMetrics(),
      actorId: ids[g] as string,
      actorType: p?.type ?? "Entity",
      ordinal: rows.length,
      inChengdu: inChengdu(p),
      rolesInChengdu: rolesArray(roles.IN_CHENGDU.get(String(g))),
      rolesChain: rolesArray(roles.CHAIN.get(String(g))),
    });
  }
  const rankIntermediaries = (r: Map<string, RoleCounts>) =>
    [...r.entries()]
      .sort((a, b) => b[1].total - a[1].total || cmp(ids[Number(a[0])] as string, ids[Number(b[0])] as string))
      .map(([g]) => ordinalOf.get(Number(g)) as number);
  phase("rows");

  return {
    rows,
    figures: {
      nodeCount: n,
      edgeCount: m,
      communityCount: sizes.length,
      modularity: centrality.modularity,
      betweennessSampled: centrality.pivots !== null,
      betweennessPivots: centrality.pivots,
      betweennessErrorBound: betweennessErrorBound(n, centrality.pivots),
      engine: engineName,
      rankings,
      intermediaries: { IN_CHENGDU: rankIntermediaries(roles.IN_CHENGDU), CHAIN: rankIntermediaries(roles.CHAIN) },
      communityRankings,
      communityStart,
      communitySizes: sizes,
      communityTop,
      ...chains,
      phasesMs,
    },
  };
}

function inChengdu(p: ActorProfile | undefined): boolean | null {
  if (!p || p.inChengdu.size === 0) return null;
  return p.inChengdu.has("true");
}

function emptyMetrics(): Omit<MetricRow, "actorId" | "actorType" | "ordinal" | "inChengdu"> {
  return {
    degree: null,
    weightedDegree: null,
    degreeCentrality: null,
    betweenness: null,
    pagerank: null,
    community: null,
    communityRank: null,
    constraint: null,
    effectiveSize: null,
    pagerankRank: null,
    betweennessRank: null,
    degreeRank: null,
    weightedDegreeRank: null,
    effectiveSizeRank: null,
    constraintRank: null,
    tieTo: null,
    tieWeight: null,
    rolesInChengdu: null,
    rolesChain: null,
  };
}

/**
 * The collaboration ties of a period: every pair of organisations on a deal (seller, buyer,
 * serving agencies, brokers' employers), counted per deal. Pairs go into a typed array of keys
 * (a·N + b, a < b) that is sorted and run-length counted — millions of pairs at x10 scale, where a
 * Map of pairs took hundreds of megabytes. Nodes are numbered in id order (Louvain and the
 * betweenness pivots depend on node order, so runs repeat).
 */
function collaborationTies(deals: readonly DealParties[], ids: readonly string[]): { ties: TieLists; nodes: number[] } {
  const N = ids.length;
  let keys = new Float64Array(1024);
  let size = 0;
  for (const d of deals) {
    const parties = [...new Set([...d.sellers, ...d.buyers, ...d.agencies, ...d.employers])];
    for (let x = 0; x < parties.length; x++) {
      for (let y = x + 1; y < parties.length; y++) {
        const a = parties[x] as number;
        const b = parties[y] as number;
        if (size === keys.length) {
          const grown = new Float64Array(keys.length * 2);
          grown.set(keys);
          keys = grown;
        }
        keys[size++] = a < b ? a * N + b : b * N + a;
      }
    }
  }
  const sorted = keys.subarray(0, size).sort();
  // Distinct pairs with their deal counts.
  const pairKeys: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k] as number;
    if (k > 0 && key === sorted[k - 1]) counts[counts.length - 1] = (counts.at(-1) as number) + 1;
    else {
      pairKeys.push(key);
      counts.push(1);
    }
  }
  const members = new Set<number>();
  for (const key of pairKeys) {
    members.add(Math.floor(key / N));
    members.add(key % N);
  }
  const nodes = [...members].sort((a, b) => cmp(ids[a] as string, ids[b] as string));
  const local = new Map(nodes.map((g, i) => [g, i]));
  const m = pairKeys.length;
  const ties: TieLists = {
    n: nodes.length,
    source: new Int32Array(m),
    target: new Int32Array(m),
    weight: new Float64Array(m),
  };
  pairKeys.forEach((key, k) => {
    let a = local.get(Math.floor(key / N)) as number;
    let b = local.get(key % N) as number;
    if (a > b) [a, b] = [b, a];
    ties.source[k] = a;
    ties.target[k] = b;
    ties.weight[k] = counts[k] as number;
  });
  return { ties, nodes };
}

/** The sorted compressed adjacency of a tie list (each tie in both directions). */
function csrFromTies(ties: TieLists): Csr {
  const { n, source, target, weight } = ties;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < source.length; k++) {
    const a = (source[k] as number) + 1;
    const b = (target[k] as number) + 1;
    start[a] = (start[a] as number) + 1;
    start[b] = (start[b] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const nbr = new Int32Array(2 * source.length);
  const wt = new Float64Array(2 * source.length);
  const put = (a: number, b: number, w: number) => {
    const at = fill[a] as number;
    nbr[at] = b;
    wt[at] = w;
    fill[a] = at + 1;
  };
  for (let k = 0; k < source.length; k++) {
    put(source[k] as number, target[k] as number, weight[k] as number);
    put(target[k] as number, source[k] as number, weight[k] as number);
  }
  // Neighbour lists ascending (the structural-holes walk searches them): visiting every node's
  // entries in node order and appending the node to each neighbour's list lists each neighbour's
  // partners in ascending order, without a sort (the adjacency is symmetric).
  const sortedNbr = new Int32Array(nbr.length);
  const sortedWt = new Float64Array(wt.length);
  fill.set(start.subarray(0, n));
  for (let i = 0; i < n; i++) {
    for (let x = start[i] as number; x < (start[i + 1] as number); x++) {
      const j = nbr[x] as number;
      const at = fill[j] as number;
      sortedNbr[at] = i;
      sortedWt[at] = wt[x] as number;
      fill[j] = at + 1;
    }
  }
  return { n, start, nbr: sortedNbr, wt: sortedWt };
}

/**
 * Gould–Fernandez roles of every intermediary (brokers, serving agencies) under both groupings,
 * over the distinct (seller, buyer) pairs it mediated (brokerage.ts decides each role). Pairs are
 * numbers (seller·N + buyer) in a set per intermediary: hundreds of thousands of flows at x10.
 */
function brokerageRoles(
  deals: readonly DealParties[],
  N: number,
  profiles: ReadonlyMap<number, ActorProfile>,
): Record<keyof typeof GROUPINGS, Map<string, RoleCounts>> {
  const pairs = new Map<number, Set<number>>();
  for (const d of deals) {
    for (const i of [...d.brokers, ...d.agencies]) {
      for (const s of d.sellers) for (const b of d.buyers) addFlow(pairs, N, i, s, b);
    }
  }
  const byNumber = (m: Map<number, RoleCounts>) => new Map([...m].map(([i, c]) => [String(i), c]));
  return {
    IN_CHENGDU: byNumber(countRolesOfPairs(pairs, N, (x) => profiles.get(x)?.inChengdu ?? EMPTY)),
    CHAIN: byNumber(countRolesOfPairs(pairs, N, (x) => profiles.get(x)?.chains ?? EMPTY)),
  };
}

/**
 * Each community's deals and dominant chains: a deal counts for every community with a member
 * among its parties (seller, buyer, serving agency, employer of a broker on it — the parties whose
 * pairs make the collaboration ties), once per community; and, within that community, once for
 * each chain its transferred results APPLY_TO or its answered demands NEED. Counts live in one map
 * keyed community · chains + chain, filled by one pass over the deals.
 */
function communityChains(
  deals: readonly DealParties[],
  local: ReadonlyMap<number, number>,
  community: Int32Array,
  communities: number,
  chainIds: readonly string[],
): Pick<PeriodFigures, "communityDeals" | "communityChainIds" | "communityChainDeals"> {
  const C = chainIds.length;
  const dealCount = new Array<number>(communities).fill(0);
  const counts = new Map<number, number>();
  const touched = new Set<number>();
  for (const d of deals) {
    touched.clear();
    for (const list of [d.sellers, d.buyers, d.agencies, d.employers]) {
      for (const g of list) {
        const i = local.get(g);
        if (i !== undefined) touched.add(community[i] as number);
      }
    }
    for (const c of touched) {
      dealCount[c] = (dealCount[c] as number) + 1;
      for (const k of d.chains) counts.set(c * C + k, (counts.get(c * C + k) ?? 0) + 1);
    }
  }
  const perCommunity: [number, number][][] = Array.from({ length: communities }, () => []);
  for (const [key, n] of counts) perCommunity[Math.floor(key / C)]?.push([key % C, n]);
  const communityChainIds: string[] = [];
  const communityChainDeals: number[] = [];
  for (const list of perCommunity) {
    list.sort((a, b) => b[1] - a[1] || cmp(chainIds[a[0]] as string, chainIds[b[0]] as string));
    for (let k = 0; k < COMMUNITY_CHAINS; k++) {
      const e = list[k];
      communityChainIds.push(e ? (chainIds[e[0]] as string) : "");
      communityChainDeals.push(e ? e[1] : 0);
    }
  }
  return { communityDeals: dealCount, communityChainIds, communityChainDeals };
}

/** Louvain labels renumbered 0, 1, … by size (largest first; ties: the community of the lowest index). */
function renumberBySize(labels: Int32Array, n: number): { community: Int32Array; sizes: number[] } {
  const groups = new Map<number, { size: number; first: number }>();
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    const g = groups.get(c);
    if (g) g.size += 1;
    else groups.set(c, { size: 1, first: i });
  }
  const order = [...groups.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first);
  const numberOf = new Map(order.map(([c], i) => [c, i]));
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = numberOf.get(labels[i] as number) as number;
  return { community, sizes: order.map(([, g]) => g.size) };
}
