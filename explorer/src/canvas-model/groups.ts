/**
 * Group nodes: a hub's neighbours of one type along one relationship type and direction, too many
 * to put on the canvas one by one (the API's `expand(groupAbove)` counts them instead of paging),
 * drawn as one node ("3,473 交易") tied to the hub. Its id says what it stands for, so it can be
 * opened as a table or by year (the details panel) without any other state.
 */
import type { GraphEdge, GraphNode } from "./types";

export const GROUP_TYPE = "Group";
const PREFIX = "group:";

export interface NeighbourGroup {
  hub: string;
  relType: string;
  direction: "OUT" | "IN";
  neighbourType: string;
  count: number;
}

export function groupNodeId(g: Omit<NeighbourGroup, "count">): string {
  return `${PREFIX}${g.hub}|${g.relType}|${g.direction}|${g.neighbourType}`;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(PREFIX);
}

/** The group a group node stands for (null for any other node). */
export function groupOf(node: GraphNode): NeighbourGroup | null {
  if (node.type !== GROUP_TYPE || !isGroupId(node.id)) return null;
  const [hub, relType, direction, neighbourType] = node.id.slice(PREFIX.length).split("|");
  if (!hub || !relType || (direction !== "OUT" && direction !== "IN") || !neighbourType) return null;
  return { hub, relType, direction, neighbourType, count: node.degree };
}

/** The group node and its tie to the hub (in the relationship's own direction); `label` names it. */
export function groupElements(g: NeighbourGroup, label: string): { node: GraphNode; edge: GraphEdge } {
  const id = groupNodeId(g);
  const [source, target] = g.direction === "OUT" ? [g.hub, id] : [id, g.hub];
  return {
    node: {
      id,
      type: GROUP_TYPE,
      name: label,
      properties: { count: String(g.count), relType: g.relType, neighbourType: g.neighbourType },
      degree: g.count,
      chainIds: [],
    },
    edge: { id: `${source}|${g.relType}|${target}`, type: g.relType, source, target, properties: {} },
  };
}

/** Height of a group node (two lines of label): grows with the log of its size (50 → 46 px, 5,000 → 62 px). */
export function groupSize(count: number): number {
  return Math.round(32 + 8 * Math.log10(Math.max(1, count)));
}
