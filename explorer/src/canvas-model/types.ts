/**
 * The explorer's graph data: nodes and edges as the canvas keeps them, independent of the API's
 * wire shape (see from-api.ts) and of Cytoscape (see element-mapping.ts).
 */
import type { NodeType } from "@ttgraph/domain/model";

export type { NodeType };

/** A node on (or about to go on) the canvas, with the facets filters and measures use. */
export interface GraphNode {
  id: string;
  type: NodeType | string;
  name: string;
  nameEn?: string | null;
  /** Public properties other than id/name/nameEn, values as text. */
  properties: Record<string, string>;
  /** Degree in the whole graph. */
  degree: number;
  districtId?: string | null;
  districtName?: string | null;
  inChengdu?: boolean | null;
  chainIds: string[];
  year?: number | null;
  amount?: number | null;
}

/** A relationship; id is `<source>|<TYPE>|<target>`. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, string>;
}

/** A set of nodes and edges (a search result, an expand page, a path). */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Position {
  x: number;
  y: number;
}

/** Build the canonical edge id. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}
