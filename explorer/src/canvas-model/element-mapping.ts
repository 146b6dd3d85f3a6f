/**
 * GraphNode/GraphEdge → Cytoscape element definitions. Everything the stylesheet reads is put in
 * `data` (label, type colour, size) or `classes` (faded, filtered, pinned), so styling stays a
 * pure function of the elements and tests need no renderer.
 */
import type { ElementDefinition } from "cytoscape";
import { canvasDegrees, type CanvasState } from "./canvas-state";
import { edgeFails, failingIds, type FilterState } from "./filters";
import { GROUP_TYPE, groupSize } from "./groups";
import { DEFAULT_SIZE, nodeVisuals, type ExternalMeasures, type MeasureId } from "./measures";
import { NODE_FONT_SIZE, typeStyle } from "./node-styles";
import type { GraphEdge, GraphNode, Position } from "./types";

export interface MappingOptions {
  filters: FilterState;
  measure: MeasureId;
  /** Translate a relationship type into its label (e.g. BROKERED → 经纪). */
  relLabel: (type: string) => string;
  positions?: Readonly<Record<string, Position>>;
  /** Betweenness/community from the network evaluation, by node id. */
  external?: ExternalMeasures;
}

/** Shorten long Chinese names for the canvas; the details panel shows the full name. */
export function shortLabel(name: string, max = 14): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** Width (px) of a one-line label at `fontSize`: CJK characters 1 em, others at most about 0.65 em. */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) <= 0xff ? 0.65 : 1;
  return Math.ceil(em * fontSize);
}

/**
 * Drawing order of a node: hubs above their neighbours (a right-click on a hub among its deals hits
 * the hub, not a deal drawn over it). From the node's rank value, on a log scale, 0–999.
 */
export function zOf(rank: number): number {
  return Math.max(0, Math.min(999, Math.round(Math.log2(1 + Math.max(0, rank)) * 40)));
}

export function nodeElement(
  n: GraphNode,
  extra: { size: number; color: string | null; classes: string[]; position?: Position; rank?: number },
): ElementDefinition {
  const style = typeStyle(n.type);
  const group = n.type === GROUP_TYPE;
  // what matters most on this canvas: the measure's value when one is chosen, else the degree
  const rank = extra.rank ?? n.degree;
  return {
    group: "nodes",
    data: {
      id: n.id,
      label: group ? n.name : shortLabel(n.name),
      name: n.name,
      type: n.type,
      color: extra.color ?? style.color,
      shape: group ? "round-rectangle" : style.shape,
      size: group ? groupSize(n.degree) : extra.size,
      rank,
      z: zOf(n.degree),
      ...(group ? { w: Math.max(...n.name.split("\n").map((l) => labelWidth(l, NODE_FONT_SIZE + 1))) + 16 } : {}),
    },
    classes: extra.classes,
    ...(extra.position ? { position: { ...extra.position } } : {}),
  };
}

export function edgeElement(e: GraphEdge, label: string, classes: string[]): ElementDefinition {
  return { group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type, label }, classes };
}

/** All elements for a canvas state under the given filters and measure. */
export function toElements(state: CanvasState, opts: MappingOptions): ElementDefinition[] {
  const nodes = Object.values(state.nodes);
  const failing = failingIds(nodes, opts.filters);
  const hidden = new Set(state.hidden);
  const pinned = new Set(state.pinned);
  // group nodes stand for many nodes: their count is no value on the scale of single nodes
  const visuals = nodeVisuals(
    nodes.filter((n) => n.type !== GROUP_TYPE),
    opts.measure,
    canvasDegrees(state),
    opts.external,
  );
  const failClass = opts.filters.mode === "hide" ? "filtered" : "faded";
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    const classes: string[] = [];
    if (failing.has(n.id)) classes.push(failClass);
    if (hidden.has(n.id)) classes.push("hidden");
    if (pinned.has(n.id)) classes.push("pinned");
    const v = visuals.get(n.id) ?? { size: DEFAULT_SIZE, color: null, value: null };
    if (n.type === GROUP_TYPE) classes.push("group");
    else if (opts.measure !== "none" && v.value === null) classes.push("no-value");
    const position = opts.positions?.[n.id];
    const rank = opts.measure !== "none" && opts.measure !== "community" && v.value !== null ? v.value : n.degree;
    out.push(nodeElement(n, { size: v.size, color: v.color, classes, rank, ...(position ? { position } : {}) }));
  }
  for (const e of Object.values(state.edges)) {
    const classes: string[] = [];
    if (edgeFails(e, failing)) classes.push(failClass);
    if (hidden.has(e.source) || hidden.has(e.target)) classes.push("hidden");
    out.push(edgeElement(e, opts.relLabel(e.type), classes));
  }
  return out;
}
