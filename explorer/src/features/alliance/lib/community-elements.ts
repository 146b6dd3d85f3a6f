/**
 * The alliance network as communities: one node per Louvain community, sized by its number of
 * organisations (square root, so area tracks the count), coloured as its members are, labelled
 * by its dominant chains (the LABEL_CHAINS chains with most of its deals, with their share), its
 * biggest member (highest PageRank) and size; ties between two communities as wide as the
 * deals shared between their organisations among the ties loaded. One community can be opened:
 * its node is replaced by its organisations (networkElements), the others stay closed.
 */
import type { ElementDefinition } from "cytoscape";
import { shortLabel } from "../../../canvas-model/element-mapping";
import { communityColor, scaledSize } from "./network-elements";

/** Dominant chains named in a community's label. */
export const LABEL_CHAINS = 2;

export interface CommunityInput {
  communities: readonly {
    id: number;
    size: number;
    topMembers: readonly { id: string; name: string }[];
    dominantChains: readonly { name: string; share: number }[];
  }[];
  /** Organisations with their community, whose ties give the ties between communities. */
  nodes: readonly { id: string; community: number }[];
  edges: readonly { source: string; target: string; weight: number }[];
}

/** Cytoscape id of a community node. */
export const communityNodeId = (id: number) => `community:${id}`;

/** A community's dominant chains as label text: "电子信息 46% · 人工智能 21%" ('' when none). */
export const chainsText = (chains: readonly { name: string; share: number }[], count = LABEL_CHAINS): string =>
  chains
    .slice(0, count)
    .map((c) => `${shortLabel(c.name, 8)} ${Math.round(c.share * 100)}%`)
    .join(" · ");

export interface CommunityLabelParts {
  id: number;
  size: number;
  biggest: string;
  /** chainsText of its dominant chains ('' when its deals name no chain). */
  chains: string;
}

export function communityElements(
  input: CommunityInput,
  opts: { open?: number | undefined; label: (c: CommunityLabelParts) => string },
): ElementDefinition[] {
  const shown = input.communities.filter((c) => c.id !== opts.open);
  const sizes = shown.map((c) => c.size);
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  const nodes: ElementDefinition[] = shown.map((c) => ({
    group: "nodes",
    data: {
      id: communityNodeId(c.id),
      community: c.id,
      members: c.size,
      label: opts.label({
        id: c.id,
        size: c.size,
        biggest: shortLabel(c.topMembers[0]?.name ?? "", 10),
        chains: chainsText(c.dominantChains),
      }),
      color: communityColor(c.id),
      shape: "ellipse",
      size: scaledSize(c.size, lo, hi),
    },
    classes: ["community"],
  }));
  const communityOf = new Map(input.nodes.map((n) => [n.id, n.community]));
  const shownIds = new Set(shown.map((c) => c.id));
  const ties = new Map<string, { a: number; b: number; weight: number }>();
  for (const e of input.edges) {
    const a = communityOf.get(e.source);
    const b = communityOf.get(e.target);
    if (a === undefined || b === undefined || a === b || !shownIds.has(a) || !shownIds.has(b)) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}|${y}`;
    const tie = ties.get(key) ?? { a: x, b: y, weight: 0 };
    tie.weight += e.weight;
    ties.set(key, tie);
  }
  const maxWeight = Math.max(1, ...[...ties.values()].map((t) => t.weight));
  const edges: ElementDefinition[] = [...ties.values()].map((t) => ({
    group: "edges",
    data: {
      id: `${communityNodeId(t.a)}|TIE|${communityNodeId(t.b)}`,
      source: communityNodeId(t.a),
      target: communityNodeId(t.b),
      weight: t.weight,
      width: 1 + Math.round((7 * t.weight) / maxWeight),
    },
  }));
  return [...nodes, ...edges];
}
