/**
 * All node metrics of a collaboration graph in one pass: degree, weighted degree, degree
 * centrality, betweenness, PageRank (graphology-metrics), Louvain communities
 * (graphology-communities-louvain) and Burt's constraint and effective size (structural-holes.ts).
 * Pure: ties in, metrics out; deterministic for the same ties (sorted input, seeded randomness).
 */
import { louvain, pagerank, UndirectedGraph } from "./graphology-libs.js";
import { betweenness, betweennessDefaults } from "./betweenness.js";
import { structuralHoles } from "./structural-holes.js";
import { seededRandom } from "./seeded-random.js";

export const metricDefaults = {
  /** PageRank damping factor. */
  pagerankAlpha: 0.85,
  /** Seed of Louvain's random node order. */
  louvainSeed: 1989,
  ...betweennessDefaults,
};

export interface Tie {
  source: string;
  target: string;
  weight: number;
}

export interface NodeMetrics {
  id: string;
  degree: number;
  weightedDegree: number;
  degreeCentrality: number;
  betweenness: number;
  pagerank: number;
  /** 0 = the largest community. */
  community: number;
  constraint: number | null;
  effectiveSize: number;
}

export interface GraphMetrics {
  nodes: Map<string, NodeMetrics>;
  communitySizes: number[];
  modularity: number;
  /** The graph itself (neighbourhoods for partner suggestions); edges carry `weight`. */
  graph: UndirectedGraph;
  betweennessSampled: boolean;
  /** Milliseconds per phase (logged; explains the first-computation time). */
  phasesMs: Record<string, number>;
}

export function computeMetrics(ties: readonly Tie[], options: Partial<typeof metricDefaults> = {}): GraphMetrics {
  const o = { ...metricDefaults, ...options };
  const phasesMs: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phasesMs[name] = Math.round(now - mark);
    mark = now;
  };
  // Louvain and the betweenness pivots depend on node order: build in a stable order (the
  // loading query already sorts, so this is a cheap check rather than a sort in the usual case).
  const sorted = isSorted(ties) ? ties : [...ties].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  const graph = new UndirectedGraph();
  for (const t of sorted) {
    if (t.source === t.target) continue;
    // Pairs come aggregated from Cypher; a repeated pair (hand-made input) adds its weight.
    graph.updateEdge(t.source, t.target, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + t.weight }));
  }
  const n = graph.order;
  if (n === 0)
    return { nodes: new Map(), communitySizes: [], modularity: 0, betweennessSampled: false, graph, phasesMs };

  phase("graph");
  const between = betweenness(graph, o);
  phase("betweenness");
  const ranks = pagerank(graph, { getEdgeWeight: "weight", alpha: o.pagerankAlpha });
  phase("pagerank");
  const communities = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(o.louvainSeed) });
  const { numberOf, sizes } = renumberBySize(communities.communities);
  phase("louvain");
  const holes = structuralHoles(sorted);
  phase("structuralHoles");

  const nodes = new Map<string, NodeMetrics>();
  graph.forEachNode((id) => {
    let weightedDegree = 0;
    graph.forEachEdge(id, (_e, attr) => (weightedDegree += attr.weight as number));
    const degree = graph.degree(id);
    const h = holes.get(id);
    nodes.set(id, {
      id,
      degree,
      weightedDegree,
      degreeCentrality: n > 1 ? degree / (n - 1) : 0,
      betweenness: between.values[id] ?? 0,
      pagerank: ranks[id] ?? 0,
      community: numberOf.get(communities.communities[id] ?? -1) ?? 0,
      constraint: h?.constraint ?? null,
      effectiveSize: h?.effectiveSize ?? 0,
    });
  });
  return {
    nodes,
    communitySizes: sizes,
    modularity: communities.modularity,
    betweennessSampled: between.sampled,
    graph,
    phasesMs,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isSorted(ties: readonly Tie[]): boolean {
  for (let i = 1; i < ties.length; i++) {
    const p = ties[i - 1] as Tie;
    const t = ties[i] as Tie;
    if (cmp(p.source, t.source) > 0 || (p.source === t.source && cmp(p.target, t.target) > 0)) return false;
  }
  return true;
}

/** Louvain's community labels renumbered 0, 1, … by size (largest first; ties by smallest member id). */
function renumberBySize(labels: Record<string, number>): { numberOf: Map<number, number>; sizes: number[] } {
  const groups = new Map<number, { size: number; first: string }>();
  for (const [id, c] of Object.entries(labels)) {
    const g = groups.get(c);
    if (!g) groups.set(c, { size: 1, first: id });
    else {
      g.size += 1;
      if (id < g.first) g.first = id;
    }
  }
  const order = [...groups.entries()].sort((a, b) => b[1].size - a[1].size || cmp(a[1].first, b[1].first));
  return { numberOf: new Map(order.map(([c], i) => [c, i])), sizes: order.map(([, g]) => g.size) };
}
