/**
 * Client-side filters over what is on the canvas. A facet filter (chain,
 * district, in-Chengdu, year, deal kind, amount) applies to the nodes that carry that facet; nodes
 * without it (a chain has no year) pass, so filtering thins the picture without emptying it.
 * Nodes that fail are greyed out first ("grey") or removed from view ("hide").
 */
import type { GraphEdge, GraphNode } from "./types";

export interface FilterState {
  /** Node types switched off in the legend. */
  hiddenTypes: string[];
  /** Keep nodes in any of these chains (empty = no chain filter). */
  chainIds: string[];
  /** Keep nodes in any of these districts (empty = no district filter). */
  districtIds: string[];
  /** Keep only nodes located in Chengdu. */
  inChengduOnly: boolean;
  /** Inclusive year range; null ends are open. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Deal kinds to keep (empty = all); applies to Deal nodes. */
  dealKinds: string[];
  /** Inclusive amount range in 万元; null ends are open. */
  amountMin: number | null;
  amountMax: number | null;
  /** What happens to nodes that fail. */
  mode: "grey" | "hide";
}

export const EMPTY_FILTERS: FilterState = {
  hiddenTypes: [],
  chainIds: [],
  districtIds: [],
  inChengduOnly: false,
  yearFrom: null,
  yearTo: null,
  dealKinds: [],
  amountMin: null,
  amountMax: null,
  mode: "grey",
};

/** True when any filter is set (the mode alone is not a filter). */
export function hasActiveFilters(f: FilterState): boolean {
  return (
    f.hiddenTypes.length > 0 ||
    f.chainIds.length > 0 ||
    f.districtIds.length > 0 ||
    f.inChengduOnly ||
    f.yearFrom !== null ||
    f.yearTo !== null ||
    f.dealKinds.length > 0 ||
    f.amountMin !== null ||
    f.amountMax !== null
  );
}

/** Does one node pass every filter? */
export function nodePasses(n: GraphNode, f: FilterState): boolean {
  if (f.hiddenTypes.includes(n.type)) return false;
  if (f.chainIds.length > 0 && n.chainIds.length > 0 && !n.chainIds.some((c) => f.chainIds.includes(c))) return false;
  if (f.districtIds.length > 0 && n.districtId && !f.districtIds.includes(n.districtId)) return false;
  if (f.inChengduOnly && n.inChengdu === false) return false;
  if (n.year !== null && n.year !== undefined) {
    if (f.yearFrom !== null && n.year < f.yearFrom) return false;
    if (f.yearTo !== null && n.year > f.yearTo) return false;
  }
  if (f.dealKinds.length > 0 && n.type === "Deal" && !f.dealKinds.includes(n.properties.kind ?? "")) return false;
  if (n.amount !== null && n.amount !== undefined) {
    if (f.amountMin !== null && n.amount < f.amountMin) return false;
    if (f.amountMax !== null && n.amount > f.amountMax) return false;
  }
  return true;
}

/** Ids of the nodes that fail the filters; an edge fails when either end fails. */
export function failingIds(nodes: Iterable<GraphNode>, f: FilterState): Set<string> {
  const failing = new Set<string>();
  if (!hasActiveFilters(f)) return failing;
  for (const n of nodes) if (!nodePasses(n, f)) failing.add(n.id);
  return failing;
}

export function edgeFails(e: GraphEdge, failing: ReadonlySet<string>): boolean {
  return failing.has(e.source) || failing.has(e.target);
}

/** Year span of the nodes (for the time slider's bounds), or null when none has a year. */
export function yearSpan(nodes: Iterable<GraphNode>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    if (n.year === null || n.year === undefined) continue;
    lo = Math.min(lo, n.year);
    hi = Math.max(hi, n.year);
  }
  return lo === Infinity ? null : [lo, hi];
}
