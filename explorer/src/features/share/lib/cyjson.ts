/**
 * Cytoscape JSON (the `elements` format Cytoscape desktop imports: File → Import → Network from
 * File, .cyjs): nodes and edges with all attributes in `data`, positions when known.
 */
import type { GraphEdge, GraphNode, Position } from "../../../canvas-model/types";

export function toCyJson(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  positions: Readonly<Record<string, Position>> = {},
): string {
  const doc = {
    format_version: "1.0",
    generated_by: "TTGraph explorer",
    target_cytoscapejs_version: "~3.35",
    data: { name: "TTGraph" },
    elements: {
      nodes: nodes.map((n) => ({
        data: {
          id: n.id,
          name: n.name,
          type: n.type,
          nameEn: n.nameEn ?? undefined,
          districtName: n.districtName ?? undefined,
          inChengdu: n.inChengdu ?? undefined,
          year: n.year ?? undefined,
          amount: n.amount ?? undefined,
          degree: n.degree,
          ...n.properties,
        },
        ...(positions[n.id]
          ? { position: { x: Math.round(positions[n.id]!.x), y: Math.round(positions[n.id]!.y) } }
          : {}),
      })),
      edges: edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, interaction: e.type, type: e.type, ...e.properties },
      })),
    },
  };
  return JSON.stringify(doc, null, 2);
}
