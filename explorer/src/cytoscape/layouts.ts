/**
 * Layout options. fcose is the default force layout: "default" quality for small graphs, "draft"
 * above DRAFT_THRESHOLD nodes (measured: default quality takes minutes at 10k elements, draft ~1.5 s).
 * Incremental layouts keep existing nodes where they are and
 * pinned nodes are fixed.
 */
import type { LayoutOptions } from "cytoscape";

/** Above this many nodes fcose runs in draft quality. */
export const DRAFT_THRESHOLD = 1000;
/** Above this many nodes the layout runs in a worker (layout-worker.ts) rather than on the page. */
export const WORKER_THRESHOLD = 400;

export interface ForceLayoutInput {
  nodeCount: number;
  /** Keep current positions as a start (after an expand) instead of randomising. */
  incremental: boolean;
  /** Nodes that must not move, with their positions. */
  fixed?: { nodeId: string; position: { x: number; y: number } }[];
  animate?: boolean;
}

export function forceLayout(input: ForceLayoutInput): LayoutOptions {
  const big = input.nodeCount > DRAFT_THRESHOLD;
  return {
    name: "fcose",
    // fcose refuses draft quality when it must start from the current positions (incremental)
    quality: big && !input.incremental ? "draft" : "default",
    randomize: !input.incremental,
    animate: input.animate ?? (!big && input.nodeCount < 300),
    animationDuration: 400,
    fit: true,
    padding: 30,
    // Labels count as node size on small graphs so Chinese names do not overlap; on big ones it
    // costs layout time for little gain (labels are hidden when zoomed out anyway).
    nodeDimensionsIncludeLabels: input.nodeCount <= 300,
    nodeRepulsion: 9000,
    idealEdgeLength: input.nodeCount <= 300 ? 110 : 60,
    numIter: big ? 1000 : 2500,
    ...(input.fixed && input.fixed.length > 0 ? { fixedNodeConstraint: input.fixed } : {}),
  } as LayoutOptions;
}

/** Left-to-right hierarchy for small views (journeys); dagre does not scale past a few hundred nodes. */
export function hierarchyLayout(): LayoutOptions {
  return {
    name: "dagre",
    rankDir: "LR",
    nodeSep: 25,
    rankSep: 90,
    fit: true,
    padding: 30,
    animate: false,
  } as LayoutOptions;
}
