/**
 * Network evaluation → Cytoscape elements for the alliance view: colour = Louvain community, size
 * = the chosen centrality (square root, so area tracks the value), alliance members outlined,
 * members with partner gaps (uncovered chains) marked red, ties as wide as their deal count.
 */
import type { ElementDefinition } from "cytoscape";
import { shortLabel } from "../../../canvas-model/element-mapping";
import { COMMUNITY_PALETTE } from "../../../canvas-model/measures";
import { typeStyle } from "../../../canvas-model/node-styles";

export type SizeBy = "pagerank" | "betweenness" | "degree";
export const SIZE_BY: readonly SizeBy[] = ["pagerank", "betweenness", "degree"];

export const MIN_SIZE = 16;
export const MAX_SIZE = 70;

export interface NetworkInput {
  nodes: readonly {
    id: string;
    name: string;
    type: string;
    inChengdu?: boolean | null;
    degree: number;
    pagerank: number;
    betweenness: number;
    community: number;
  }[];
  edges: readonly { source: string; target: string; weight: number }[];
}

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[Math.abs(community) % COMMUNITY_PALETTE.length] ?? "#999999";
}

/** Size in px for a value between the smallest and largest of the shown nodes. */
export function scaledSize(value: number, lo: number, hi: number): number {
  const t = hi > lo ? Math.sqrt((value - lo) / (hi - lo)) : 0.5;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * t);
}

export function networkElements(
  net: NetworkInput,
  opts: { sizeBy: SizeBy; members: ReadonlySet<string>; gaps: ReadonlyMap<string, number> },
): ElementDefinition[] {
  const values = net.nodes.map((n) => n[opts.sizeBy]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const ids = new Set(net.nodes.map((n) => n.id));
  const maxWeight = Math.max(1, ...net.edges.map((e) => e.weight));
  const nodes: ElementDefinition[] = net.nodes.map((n) => {
    const classes: string[] = [];
    if (opts.members.has(n.id)) classes.push("member");
    if ((opts.gaps.get(n.id) ?? 0) > 0) classes.push("gap");
    if (n.inChengdu === false) classes.push("outside");
    return {
      group: "nodes",
      data: {
        id: n.id,
        label: shortLabel(n.name, 12),
        name: n.name,
        type: n.type,
        color: communityColor(n.community),
        shape: typeStyle(n.type).shape,
        size: scaledSize(n[opts.sizeBy], lo, hi),
        community: n.community,
        gapDeals: opts.gaps.get(n.id) ?? 0,
      },
      classes,
    };
  });
  const edges: ElementDefinition[] = net.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: "edges",
      data: {
        id: `${e.source}|TIE|${e.target}`,
        source: e.source,
        target: e.target,
        weight: e.weight,
        width: 1 + Math.round((5 * e.weight) / maxWeight),
        label: String(e.weight),
      },
    }));
  return [...nodes, ...edges];
}
