/**
 * A layout that separates communities, for big connected graphs (hundreds to thousands of nodes):
 * Louvain communities (graphology-communities-louvain) on the graph as drawn, each community laid
 * out on its own with ForceAtlas2 (graphology-layout-forceatlas2) and scaled to a disc whose area
 * grows with its members, the discs placed by a ForceAtlas2 layout of the community graph (one
 * node per community, ties weighted by the links between them, sizes respected) and pushed apart
 * by Noverlap (graphology-layout-noverlap), and a last Noverlap pass over every node so that no
 * two nodes are drawn on top of each other. Pure and deterministic for a seed; it reports progress
 * per phase and per community, so a worker can pass it on and a caller can cancel between steps.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { Point } from "./fit-viewport";
import { prng } from "./seeded-random";

export const COMMUNITY_LAYOUT_DEFAULTS = {
  /** Node diameter the layout keeps apart (the canvas draws nodes 18–72 px, 28 by default). */
  nodeSize: 28,
  /** Room per node inside a community disc, as a multiple of nodeSize (area ≈ (k·size)² per node). */
  spacing: 1.6,
  /** Gap between community discs, in model px. */
  communityGap: 60,
  /** Smallest gap Noverlap leaves between two nodes, in model px. */
  nodeMargin: 4,
  /** Seed of the random start and of Louvain's tie-breaking. */
  seed: 42,
};

export type CommunityLayoutOptions = Partial<typeof COMMUNITY_LAYOUT_DEFAULTS>;

export interface LayoutProgress {
  /** Steps done and in all (one per community plus four phases). */
  done: number;
  total: number;
  phase: "communities" | "members" | "placement" | "overlaps";
}

export interface CommunityLayoutResult {
  positions: Record<string, Point>;
  /** Community of each node (Louvain on the graph as drawn). */
  community: Record<string, number>;
  communities: number;
}

/** Build an undirected simple graph (parallel and reverse edges merged into a weight). */
function toGraph(nodeIds: readonly string[], edges: readonly { source: string; target: string }[]): Graph {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of nodeIds) g.mergeNode(id);
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    if (g.hasEdge(e.source, e.target)) g.updateEdgeAttribute(e.source, e.target, "weight", (w = 1) => w + 1);
    else g.addEdge(e.source, e.target, { weight: 1 });
  }
  return g;
}

/** The graph on `ids` with the edges among them. */
function inducedSubgraph(g: Graph, ids: readonly string[], size: number): Graph {
  const keep = new Set(ids);
  const sub = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const id of ids) sub.addNode(id, { size });
  for (const id of ids) {
    g.forEachEdge(id, (_e, a, s, t) => {
      if (s === id && keep.has(t)) sub.addEdge(s, t, { weight: a.weight });
    });
  }
  return sub;
}

/** FA2 iterations for a graph of n nodes: enough to settle small ones, bounded for big ones. */
function iterationsFor(n: number): number {
  if (n < 50) return 150;
  if (n < 500) return 100;
  return 60;
}

/** Lay out one graph with ForceAtlas2 from a seeded random start; returns positions centred on 0. */
function forceLayout(
  g: Graph,
  rand: () => number,
  adjustSizes = false,
  spread = 10,
  compact = false,
): Record<string, Point> {
  g.forEachNode((id) => {
    const angle = rand() * 2 * Math.PI;
    const r = Math.sqrt(rand()) * Math.sqrt(g.order) * spread;
    g.mergeNodeAttributes(id, { x: Math.cos(angle) * r, y: Math.sin(angle) * r });
  });
  if (g.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(g),
      adjustSizes,
      barnesHutOptimize: g.order > 300,
      // the community graph: pull the discs together (no empty middle); noverlap then separates them
      ...(compact ? { strongGravityMode: true, gravity: 1 } : {}),
    };
    forceAtlas2.assign(g, { iterations: iterationsFor(g.order), settings, getEdgeWeight: "weight" });
  }
  const out: Record<string, Point> = {};
  let cx = 0;
  let cy = 0;
  g.forEachNode((id, a) => {
    cx += a.x as number;
    cy += a.y as number;
  });
  cx /= Math.max(1, g.order);
  cy /= Math.max(1, g.order);
  g.forEachNode((id, a) => {
    out[id] = { x: (a.x as number) - cx, y: (a.y as number) - cy };
  });
  return out;
}

/** Scale positions (centred on 0) so that the farthest lies at `radius`. */
function scaleToRadius(points: Record<string, Point>, radius: number): void {
  let far = 0;
  for (const p of Object.values(points)) far = Math.max(far, Math.hypot(p.x, p.y));
  const k = far > 0 ? radius / far : 1;
  for (const p of Object.values(points)) {
    p.x *= k;
    p.y *= k;
  }
}

/**
 * Positions for every node of `nodeIds` (edges with unknown ends are ignored). `shouldStop` is
 * asked between steps: when it answers true the layout ends early and returns null.
 */
export function communityLayout(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  options: CommunityLayoutOptions = {},
  onProgress: (p: LayoutProgress) => void = () => {},
  shouldStop: () => boolean = () => false,
): CommunityLayoutResult | null {
  const o = { ...COMMUNITY_LAYOUT_DEFAULTS, ...options };
  const rand = prng(o.seed);
  const g = toGraph(nodeIds, edges);
  const community: Record<string, number> =
    g.size > 0
      ? louvain(g, { rng: rand, getEdgeWeight: "weight" })
      : Object.fromEntries(nodeIds.map((id, i) => [id, i]));
  const members = new Map<number, string[]>();
  for (const id of nodeIds) {
    const c = community[id] ?? -1;
    members.set(c, [...(members.get(c) ?? []), id]);
  }
  const list = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  const total = list.length + 4;
  let done = 1;
  onProgress({ done, total, phase: "communities" });

  // Each community on its own, in a disc of area ∝ members.
  const local = new Map<number, Record<string, Point>>();
  const radius = new Map<number, number>();
  for (const [c, ids] of list) {
    if (shouldStop()) return null;
    const sub = ids.length === 1 ? null : inducedSubgraph(g, ids, (o.nodeSize * o.spacing) / 2);
    const points = sub ? forceLayout(sub, rand, true, o.nodeSize * o.spacing) : { [ids[0]!]: { x: 0, y: 0 } };
    let far = 0;
    for (const p of Object.values(points)) far = Math.max(far, Math.hypot(p.x, p.y));
    const r = far + o.nodeSize / 2;
    local.set(c, points);
    radius.set(c, r);
    onProgress({ done: ++done, total, phase: "members" });
  }

  // The community graph: one node per community, sized by its disc, ties weighted by links.
  if (shouldStop()) return null;
  const meta = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const [c] of list) meta.addNode(String(c), { size: radius.get(c)! + o.communityGap / 2 });
  g.forEachEdge((_e, a, s, t) => {
    const cs = String(community[s]);
    const ct = String(community[t]);
    if (cs === ct) return;
    const w = (a.weight as number) ?? 1;
    if (meta.hasEdge(cs, ct)) meta.updateEdgeAttribute(cs, ct, "weight", (x = 0) => x + w);
    else meta.addEdge(cs, ct, { weight: w });
  });
  const centres = forceLayout(meta, rand, true, 10, true);
  // FA2 works in its own units: spread the centres to the discs' scale, then remove overlaps.
  const meanR = list.reduce((s, [c]) => s + radius.get(c)!, 0) / Math.max(1, list.length);
  scaleToRadius(centres, meanR * Math.sqrt(list.length) * 1.5);
  meta.forEachNode((id) => meta.mergeNodeAttributes(id, centres[id]!));
  noverlap.assign(meta, {
    maxIterations: 500,
    settings: { margin: o.communityGap / 2, ratio: 1, expansion: 1.05, gridSize: 20, speed: 3 },
  });
  onProgress({ done: done + 1, total, phase: "placement" });

  // Members around their community's centre, then no two nodes on top of each other.
  if (shouldStop()) return null;
  const all = new Graph({ type: "undirected" });
  for (const [c, ids] of list) {
    const at = meta.getNodeAttributes(String(c)) as Point;
    const points = local.get(c)!;
    for (const id of ids) all.addNode(id, { x: at.x + points[id]!.x, y: at.y + points[id]!.y, size: o.nodeSize / 2 });
  }
  noverlap.assign(all, {
    maxIterations: 60,
    settings: { margin: o.nodeMargin, ratio: 1, expansion: 1.05, gridSize: 40, speed: 3 },
  });
  const positions: Record<string, Point> = {};
  all.forEachNode((id, a) => {
    positions[id] = { x: a.x as number, y: a.y as number };
  });
  onProgress({ done: total, total, phase: "overlaps" });
  return { positions, community, communities: list.length };
}
