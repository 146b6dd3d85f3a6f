/**
 * GraphML for Gephi and yEd, written directly (cytoscape-graphml needs jQuery). One <key> per
 * attribute; node attributes: type, label (name), nameEn, districtName, year, amount, degree, x, y
 * and every property; edge attributes: type and every property. All typed as string except the
 * numeric ones, which Gephi can then size and colour by.
 */
import type { GraphEdge, GraphNode, Position } from "../../../canvas-model/types";

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

interface Key {
  id: string;
  for: "node" | "edge";
  type: "string" | "double" | "int";
}

export function toGraphml(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  positions: Readonly<Record<string, Position>> = {},
): string {
  const nodeProps = [...new Set(nodes.flatMap((n) => Object.keys(n.properties)))].sort();
  const edgeProps = [...new Set(edges.flatMap((e) => Object.keys(e.properties)))].sort();
  const keys: Key[] = [
    { id: "type", for: "node", type: "string" },
    { id: "label", for: "node", type: "string" },
    { id: "nameEn", for: "node", type: "string" },
    { id: "districtName", for: "node", type: "string" },
    { id: "year", for: "node", type: "int" },
    { id: "amount", for: "node", type: "double" },
    { id: "degree", for: "node", type: "int" },
    { id: "x", for: "node", type: "double" },
    { id: "y", for: "node", type: "double" },
    ...nodeProps
      .filter((k) => !["year", "amount"].includes(k))
      .map((k): Key => ({ id: `n_${k}`, for: "node", type: "string" })),
    { id: "e_type", for: "edge", type: "string" },
    ...edgeProps.map((k): Key => ({ id: `e_${k}`, for: "edge", type: "string" })),
  ];
  const attrName = (k: Key) => (k.id.startsWith("n_") || k.id.startsWith("e_") ? k.id.slice(2) : k.id);
  const data = (key: string, v: unknown) =>
    v === null || v === undefined || v === "" ? "" : `<data key="${xmlEscape(key)}">${xmlEscape(String(v))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      (k) =>
        `  <key id="${xmlEscape(k.id)}" for="${k.for}" attr.name="${xmlEscape(attrName(k))}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="ttgraph" edgedefault="directed">',
  ];
  for (const n of nodes) {
    const p = positions[n.id];
    const attrs = [
      data("type", n.type),
      data("label", n.name),
      data("nameEn", n.nameEn),
      data("districtName", n.districtName),
      data("year", n.year),
      data("amount", n.amount),
      data("degree", n.degree),
      data("x", p ? Math.round(p.x) : null),
      data("y", p ? Math.round(p.y) : null),
      ...nodeProps.filter((k) => !["year", "amount"].includes(k)).map((k) => data(`n_${k}`, n.properties[k])),
    ].join("");
    lines.push(`    <node id="${xmlEscape(n.id)}">${attrs}</node>`);
  }
  for (const e of edges) {
    const attrs = [data("e_type", e.type), ...edgeProps.map((k) => data(`e_${k}`, e.properties[k]))].join("");
    lines.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${attrs}</edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
