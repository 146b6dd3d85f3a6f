/** Small hand-made nodes and edges for the explorer's unit tests. */
import type { GraphEdge, GraphNode } from "./types";

export function node(id: string, type: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, type, name: `名${id}`, properties: {}, degree: 1, chainIds: [], ...extra };
}

export function edge(source: string, type: string, target: string, properties: Record<string, string> = {}): GraphEdge {
  return { id: `${source}|${type}|${target}`, type, source, target, properties };
}
