/**
 * Size and colour by a chosen measure. Numeric measures scale node size between MIN_SIZE and
 * MAX_SIZE by the square root of the value's place between the smallest and the biggest value on
 * the canvas (so area tracks the value: the biggest value is the biggest node) and shade a
 * sequential colour; nodes without a value are drawn hollow (NO_VALUE_COLOR), never as the
 * smallest. "community" colours by category from COMMUNITY_PALETTE — dark, saturated colours kept
 * apart from the node-type palette, so a community picture cannot be read as a type picture — and
 * keeps the default size. measureScale gives the legend its figures.
 */
import type { GraphNode } from "./types";

export type MeasureId = "none" | "degree" | "canvasDegree" | "amount" | "betweenness" | "community";
export const MEASURES: readonly MeasureId[] = ["none", "degree", "canvasDegree", "amount", "betweenness", "community"];

export const DEFAULT_SIZE = 28;
export const MIN_SIZE = 18;
export const MAX_SIZE = 72;

/**
 * Categorical palette for communities (cycled): dark and saturated, each at least
 * MIN_PALETTE_DISTANCE (RGB) from every node-type colour (node-styles.ts; a unit test checks it).
 */
export const COMMUNITY_PALETTE = [
  "#1b5e20",
  "#002f6c",
  "#b71c1c",
  "#4a148c",
  "#e65100",
  "#006064",
  "#880e4f",
  "#3e2723",
  "#827717",
  "#1a237e",
  "#00c853",
  "#d500f9",
];

/** Fill of a node without a value for the chosen measure (drawn hollow, with a dashed border). */
export const NO_VALUE_COLOR = "#ffffff";

/** Ends of the sequential ramp of numeric measures (smallest → biggest value). */
export const RAMP = ["#fde0c5", "#b3123f"] as const;

/** Colour of a community id. */
export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[Math.abs(Math.round(community)) % COMMUNITY_PALETTE.length] ?? "#000000";
}

/** Measures computed elsewhere (e.g. the network evaluation's betweenness and community), by node id. */
export type ExternalMeasures = ReadonlyMap<string, Readonly<Record<string, number>>>;

/** Raw value of a measure for a node, or null when it has none. */
export function measureValue(
  n: GraphNode,
  m: MeasureId,
  canvasDegree: ReadonlyMap<string, number>,
  external?: ExternalMeasures,
): number | null {
  switch (m) {
    case "none":
      return null;
    case "degree":
      return n.degree;
    case "canvasDegree":
      return canvasDegree.get(n.id) ?? 0;
    case "amount":
      return n.amount ?? null;
    case "betweenness":
    case "community": {
      const ext = external?.get(n.id)?.[m];
      if (ext !== undefined) return ext;
      const raw = n.properties[m];
      const v = raw === undefined ? NaN : Number(raw);
      return Number.isFinite(v) ? v : null;
    }
  }
}

export interface NodeVisual {
  size: number;
  /** Override colour, or null to keep the type colour. */
  color: string | null;
  /** The node's value for the measure (null: none, or no measure chosen). */
  value: number | null;
}

/** Interpolate between two hex colours. */
export function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa
    .map((v, i) =>
      Math.round(v + ((pb[i] ?? v) - v) * t)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** Size and colour of every node for a measure. */
export function nodeVisuals(
  nodes: readonly GraphNode[],
  m: MeasureId,
  canvasDegree: ReadonlyMap<string, number>,
  external?: ExternalMeasures,
): Map<string, NodeVisual> {
  const out = new Map<string, NodeVisual>();
  if (m === "none") {
    for (const n of nodes) out.set(n.id, { size: DEFAULT_SIZE, color: null, value: null });
    return out;
  }
  const values = nodes.map((n) => measureValue(n, m, canvasDegree, external));
  if (m === "community") {
    nodes.forEach((n, i) => {
      const v = values[i];
      const value = v ?? null;
      out.set(n.id, { size: DEFAULT_SIZE, color: value === null ? NO_VALUE_COLOR : communityColor(value), value });
    });
    return out;
  }
  const present = values.filter((v): v is number => v !== null);
  const lo = present.length ? Math.min(...present) : 0;
  const hi = present.length ? Math.max(...present) : 0;
  nodes.forEach((n, i) => {
    const v = values[i];
    if (v === null || v === undefined) {
      out.set(n.id, { size: DEFAULT_SIZE, color: NO_VALUE_COLOR, value: null });
      return;
    }
    const t = scaleT(v, lo, hi);
    out.set(n.id, { size: sizeAt(t), color: mix(RAMP[0], RAMP[1], t), value: v });
  });
  return out;
}

/** Where a value sits on the size and colour scale (0 smallest … 1 biggest; square root for area). */
export function scaleT(v: number, lo: number, hi: number): number {
  return hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.5;
}

/** Node diameter at scale position t. */
export function sizeAt(t: number): number {
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * t);
}

/** What the legend shows for a measure: the value range, nodes without a value, and communities. */
export interface MeasureScale {
  lo: number | null;
  hi: number | null;
  /** Nodes with a value and without one. */
  valued: number;
  missing: number;
  /** Communities on the canvas, biggest first (measure "community" only). */
  communities: { id: number; color: string; count: number }[];
}

export function measureScale(
  nodes: readonly GraphNode[],
  m: MeasureId,
  canvasDegree: ReadonlyMap<string, number>,
  external?: ExternalMeasures,
): MeasureScale {
  const values = m === "none" ? [] : nodes.map((n) => measureValue(n, m, canvasDegree, external));
  const present = values.filter((v): v is number => v !== null);
  const counts = new Map<number, number>();
  if (m === "community") for (const v of present) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return {
    lo: present.length ? Math.min(...present) : null,
    hi: present.length ? Math.max(...present) : null,
    valued: present.length,
    missing: values.length - present.length,
    communities: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([id, count]) => ({ id, color: communityColor(id), count })),
  };
}
