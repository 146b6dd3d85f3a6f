/** Convert the API's ExploreNode/ExploreEdge (properties as key/value lists) into GraphNode/GraphEdge. */
import type { GraphEdge, GraphNode, Subgraph } from "./types";

interface ApiProperty {
  key: string;
  value: string;
}

/** Structural shape of the API's ExploreNode (so this module does not depend on generated types). */
export interface ApiNode {
  id: string;
  type: string;
  name: string;
  nameEn?: string | null;
  properties: readonly ApiProperty[];
  degree: number;
  districtId?: string | null;
  districtName?: string | null;
  inChengdu?: boolean | null;
  chainIds: readonly string[];
  year?: number | null;
  amount?: number | null;
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: readonly ApiProperty[];
}

function props(list: readonly ApiProperty[]): Record<string, string> {
  return Object.fromEntries(list.map((p) => [p.key, p.value]));
}

export function nodeFromApi(n: ApiNode): GraphNode {
  return {
    id: n.id,
    type: n.type,
    name: n.name,
    nameEn: n.nameEn ?? null,
    properties: props(n.properties),
    degree: n.degree,
    districtId: n.districtId ?? null,
    districtName: n.districtName ?? null,
    inChengdu: n.inChengdu ?? null,
    chainIds: [...n.chainIds],
    year: n.year ?? null,
    amount: n.amount ?? null,
  };
}

export function edgeFromApi(e: ApiEdge): GraphEdge {
  return { id: e.id, type: e.type, source: e.source, target: e.target, properties: props(e.properties) };
}

export function subgraphFromApi(s: { nodes: readonly ApiNode[]; edges: readonly ApiEdge[] }): Subgraph {
  return { nodes: s.nodes.map(nodeFromApi), edges: s.edges.map(edgeFromApi) };
}
