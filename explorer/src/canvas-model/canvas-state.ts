/**
 * What is on the canvas, as an immutable value: every operation returns a new state, so undo and
 * redo are just a stack of states (history.ts) and React can compare by reference. Positions are
 * not part of it: Cytoscape owns them (the store keeps a copy for the URL).
 */
import type { GraphEdge, GraphNode, Subgraph } from "./types";

export interface CanvasState {
  readonly nodes: Readonly<Record<string, GraphNode>>;
  readonly edges: Readonly<Record<string, GraphEdge>>;
  /** Ids of nodes on the canvas but hidden by the user. */
  readonly hidden: readonly string[];
  /** Ids of nodes whose positions layouts must not move. */
  readonly pinned: readonly string[];
}

export const EMPTY_CANVAS: CanvasState = { nodes: {}, edges: {}, hidden: [], pinned: [] };

/** Add nodes and edges (edges whose ends are not on the canvas afterwards are dropped). */
export function addSubgraph(state: CanvasState, sub: Subgraph): CanvasState {
  const nodes = { ...state.nodes };
  for (const n of sub.nodes) nodes[n.id] = n;
  const edges = { ...state.edges };
  for (const e of sub.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = e;
  const added = new Set(sub.nodes.map((n) => n.id));
  return { ...state, nodes, edges, hidden: state.hidden.filter((id) => !added.has(id)) };
}

/** Remove nodes and every edge touching them. */
export function removeNodes(state: CanvasState, ids: Iterable<string>): CanvasState {
  const gone = new Set(ids);
  if (gone.size === 0) return state;
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => !gone.has(id)));
  const edges = Object.fromEntries(
    Object.entries(state.edges).filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)),
  );
  return {
    nodes,
    edges,
    hidden: state.hidden.filter((id) => !gone.has(id)),
    pinned: state.pinned.filter((id) => !gone.has(id)),
  };
}

/** Ids of the canvas neighbours of a node. */
export function neighbourIds(state: CanvasState, id: string): string[] {
  const out = new Set<string>();
  for (const e of Object.values(state.edges)) {
    if (e.source === id) out.add(e.target);
    else if (e.target === id) out.add(e.source);
  }
  return [...out];
}

/**
 * Collapse: remove the neighbours of `id` that hang only on it (degree 1 on the canvas), the
 * reverse of an expand. Neighbours also tied to other nodes stay, as do pinned ones.
 */
export function collapseNode(state: CanvasState, id: string): CanvasState {
  const degree = new Map<string, number>();
  for (const e of Object.values(state.edges)) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const pinned = new Set(state.pinned);
  const leaves = neighbourIds(state, id).filter((n) => (degree.get(n) ?? 0) <= 1 && !pinned.has(n));
  return removeNodes(state, leaves);
}

export function hideNodes(state: CanvasState, ids: Iterable<string>): CanvasState {
  const hidden = new Set(state.hidden);
  for (const id of ids) if (state.nodes[id]) hidden.add(id);
  return { ...state, hidden: [...hidden] };
}

export function showAll(state: CanvasState): CanvasState {
  return state.hidden.length === 0 ? state : { ...state, hidden: [] };
}

export function setPinned(state: CanvasState, id: string, pinned: boolean): CanvasState {
  const rest = state.pinned.filter((p) => p !== id);
  return { ...state, pinned: pinned && state.nodes[id] ? [...rest, id] : rest };
}

/** Nodes and edges as arrays (for exports and mapping). */
export function toSubgraph(state: CanvasState): Subgraph {
  return { nodes: Object.values(state.nodes), edges: Object.values(state.edges) };
}

/** Canvas degree of every node (edges on the canvas only). */
export function canvasDegrees(state: CanvasState): Map<string, number> {
  const degree = new Map<string, number>(Object.keys(state.nodes).map((id) => [id, 0]));
  for (const e of Object.values(state.edges)) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}
