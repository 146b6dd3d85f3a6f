/**
 * All node metrics of a collaboration graph in one pass: degree, weighted degree, degree
 * centrality, betweenness, PageRank (graphology-metrics), Louvain communities
 * (graphology-communities-louvain) and Burt's constraint and effective size (structural-holes.ts).
 * Pure: ties in, metrics out; deterministic for the same ties (sorted input, seeded randomness).
 */
import { louvain, pagerank, UndirectedGraph } from "./graphology-libs.js";
import { betweenness, betweennessDefaults } from "./betweenness.js";
import { adjacencyOf, structuralHoles } from "./structural-holes.js";
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
  /** The graph as node → neighbour → weight (common neighbours, partner suggestions). */
  adjacency: Map<string, Map<string, number>>;
  betweennessSampled: boolean;
}

export function computeMetrics(ties: readonly Tie[], options: Partial<typeof metricDefaults> = {}): GraphMetrics {
  const o = { ...metricDefaults, ...options };
  const sorted = [...ties].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  const graph = new UndirectedGraph();
  for (const t of sorted) {
    graph.mergeNode(t.source);
    graph.mergeNode(t.target);
    graph.mergeEdge(t.source, t.target, { weight: t.weight });
  }
  const n = graph.order;
  if (n === 0) return { nodes: new Map(), communitySizes: [], modularity: 0, betweennessSampled: false, adjacency: new Map() };

  const between = betweenness(graph, o);
  const ranks = pagerank(graph, { getEdgeWeight: "weight", alpha: o.pagerankAlpha });
  const communities = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(o.louvainSeed) });
  const { numberOf, sizes } = renumberBySize(communities.communities);
  const adjacency = adjacencyOf(sorted);
  const holes = structuralHoles(adjacency);

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
  return { nodes, communitySizes: sizes, modularity: communities.modularity, betweennessSampled: between.sampled, adjacency };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
