/**
 * CSV of nodes and of edges (RFC 4180 quoting, UTF-8 with BOM so Excel opens Chinese correctly).
 * Node columns: id, type, name, nameEn, districtName, inChengdu, year, amount, degree, then every
 * property key found; edge columns: source, type, target, then property keys.
 */
import type { GraphEdge, GraphNode } from "../../../canvas-model/types";

const BOM = "\uFEFF";

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function propKeys(items: { properties: Record<string, string> }[]): string[] {
  return [...new Set(items.flatMap((i) => Object.keys(i.properties)))].sort();
}

export function nodesCsv(nodes: readonly GraphNode[]): string {
  const keys = propKeys([...nodes]);
  const header = ["id", "type", "name", "nameEn", "districtName", "inChengdu", "year", "amount", "degree", ...keys];
  return table(
    header,
    nodes.map((n) => [
      n.id,
      n.type,
      n.name,
      n.nameEn,
      n.districtName,
      n.inChengdu,
      n.year,
      n.amount,
      n.degree,
      ...keys.map((k) => n.properties[k]),
    ]),
  );
}

export function edgesCsv(edges: readonly GraphEdge[]): string {
  const keys = propKeys([...edges]);
  return table(
    ["source", "type", "target", ...keys],
    edges.map((e) => [e.source, e.type, e.target, ...keys.map((k) => e.properties[k])]),
  );
}
