/**
 * GraphNode/GraphEdge → Cytoscape element definitions. Everything the stylesheet reads is put in
 * `data` (label, type colour, size) or `classes` (faded, filtered, pinned), so styling stays a
 * pure function of the elements and tests need no renderer.
 */
import type { ElementDefinition } from "cytoscape";
import { canvasDegrees, type CanvasState } from "./canvas-state";
import { edgeFails, failingIds, type FilterState } from "./filters";
import { nodeVisuals, type ExternalMeasures, type MeasureId } from "./measures";
import { typeStyle } from "./node-styles";
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

export function nodeElement(
  n: GraphNode,
  extra: { size: number; color: string | null; classes: string[]; position?: Position },
): ElementDefinition {
  const style = typeStyle(n.type);
  return {
    group: "nodes",
    data: {
      id: n.id,
      label: shortLabel(n.name),
      name: n.name,
      type: n.type,
      color: extra.color ?? style.color,
      shape: style.shape,
      size: extra.size,
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
  const visuals = nodeVisuals(nodes, opts.measure, canvasDegrees(state), opts.external);
  const failClass = opts.filters.mode === "hide" ? "filtered" : "faded";
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    const classes: string[] = [];
    if (failing.has(n.id)) classes.push(failClass);
    if (hidden.has(n.id)) classes.push("hidden");
    if (pinned.has(n.id)) classes.push("pinned");
    const v = visuals.get(n.id) ?? { size: 28, color: null };
    const position = opts.positions?.[n.id];
    out.push(nodeElement(n, { size: v.size, color: v.color, classes, ...(position ? { position } : {}) }));
  }
  for (const e of Object.values(state.edges)) {
    const classes: string[] = [];
    if (edgeFails(e, failing)) classes.push(failClass);
    if (hidden.has(e.source) || hidden.has(e.target)) classes.push("hidden");
    out.push(edgeElement(e, opts.relLabel(e.type), classes));
  }
  return out;
}
