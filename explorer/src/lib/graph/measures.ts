/**
 * Size and colour by a chosen measure (issue 4 item 2). Numeric measures scale node size linearly
 * between MIN_SIZE and MAX_SIZE (square root, so area tracks the value) and shade a sequential
 * colour; "community" colours by category and keeps the default size.
 */
import type { GraphNode } from "./types";

export type MeasureId = "none" | "degree" | "canvasDegree" | "amount" | "betweenness" | "community";
export const MEASURES: readonly MeasureId[] = ["none", "degree", "canvasDegree", "amount", "betweenness", "community"];

export const DEFAULT_SIZE = 28;
export const MIN_SIZE = 18;
export const MAX_SIZE = 72;

/** Categorical palette for communities (cycled). */
export const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

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
}

/** Interpolate between two hex colours. */
function mix(a: string, b: string, t: number): string {
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
    for (const n of nodes) out.set(n.id, { size: DEFAULT_SIZE, color: null });
    return out;
  }
  const values = nodes.map((n) => measureValue(n, m, canvasDegree, external));
  if (m === "community") {
    nodes.forEach((n, i) => {
      const v = values[i];
      out.set(n.id, {
        size: DEFAULT_SIZE,
        color:
          v === null || v === undefined
            ? null
            : (COMMUNITY_PALETTE[Math.abs(Math.round(v)) % COMMUNITY_PALETTE.length] ?? null),
      });
    });
    return out;
  }
  const present = values.filter((v): v is number => v !== null);
  const lo = present.length ? Math.min(...present) : 0;
  const hi = present.length ? Math.max(...present) : 0;
  nodes.forEach((n, i) => {
    const v = values[i];
    if (v === null || v === undefined) {
      out.set(n.id, { size: MIN_SIZE, color: "#cccccc" });
      return;
    }
    const t = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.5;
    out.set(n.id, { size: Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * t), color: mix("#fde0c5", "#b3123f", t) });
  });
  return out;
}
