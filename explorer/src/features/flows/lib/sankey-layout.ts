/**
 * Flows (the `flows` field) → a Sankey picture with d3-sankey: node rectangles and link paths in
 * SVG coordinates, plus the in-Chengdu share of where the results landed. Pure, so the React
 * component only draws what this returns.
 */
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from "d3-sankey";

export interface FlowsInput {
  nodes: readonly { key: string; id: string; name: string; type: string; side: string; value: number }[];
  links: readonly { source: string; target: string; deals: number; value: number; amount: number }[];
}

export interface SankeyNodeBox {
  key: string;
  id: string;
  name: string;
  type: string;
  side: string;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** True/false for a district target in/outside Chengdu; null when unknown (chains, sources). */
  inChengdu: boolean | null;
}

export interface SankeyLinkPath {
  source: string;
  target: string;
  path: string;
  width: number;
  value: number;
  deals: number;
  amount: number;
  inChengdu: boolean | null;
}

export interface SankeyPicture {
  width: number;
  height: number;
  nodes: SankeyNodeBox[];
  links: SankeyLinkPath[];
}

type N = { key: string };
type L = { source: string; target: string; value: number; deals: number; amount: number };

/** `labelWidth` keeps room at both sides for node names drawn outside the bars. */
export function sankeyPicture(
  flows: FlowsInput,
  chengdu: ReadonlySet<string>,
  size: { width: number; height: number },
  labelWidth = 0,
): SankeyPicture {
  const inChengdu = (n: { id: string; type: string; side: string }): boolean | null =>
    n.side === "TARGET" && n.type === "District" ? chengdu.has(n.id) : null;
  const meta = new Map(flows.nodes.map((n) => [n.key, n]));
  const used = flows.links.filter((l) => l.value > 0 && meta.has(l.source) && meta.has(l.target));
  if (used.length === 0) return { ...size, nodes: [], links: [] };
  const keys = new Set(used.flatMap((l) => [l.source, l.target]));
  const layout = sankey<N, L>()
    .nodeId((d) => d.key)
    .nodeWidth(14)
    .nodePadding(8)
    .extent([
      [labelWidth + 1, 1],
      [size.width - labelWidth - 1, size.height - 1],
    ]);
  const graph: SankeyGraph<N, L> = layout({
    nodes: [...keys].map((key) => ({ key })),
    links: used.map((l) => ({ source: l.source, target: l.target, value: l.value, deals: l.deals, amount: l.amount })),
  });
  const linkPath = sankeyLinkHorizontal<N, L>();
  const nodes: SankeyNodeBox[] = graph.nodes.map((n) => {
    const m = meta.get(n.key)!;
    return {
      key: n.key,
      id: m.id,
      name: m.name,
      type: m.type,
      side: m.side,
      value: n.value ?? 0,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
      inChengdu: inChengdu(m),
    };
  });
  const links: SankeyLinkPath[] = graph.links.map((l) => {
    const s = l.source as N;
    const t = l.target as N;
    return {
      source: s.key,
      target: t.key,
      path: linkPath(l) ?? "",
      width: Math.max(1, l.width ?? 1),
      value: l.value,
      deals: l.deals,
      amount: l.amount,
      inChengdu: inChengdu(meta.get(t.key)!),
    };
  });
  return { ...size, nodes, links };
}

export interface ChengduShare {
  /** Share of deal value (count) landing in Chengdu districts; null with no flows. */
  byCount: number | null;
  byAmount: number | null;
  deals: number;
}

/** In-Chengdu share of flows whose targets are districts (links split deals evenly, so values add up). */
export function chengduShare(flows: FlowsInput, chengdu: ReadonlySet<string>): ChengduShare {
  const target = new Map(flows.nodes.map((n) => [n.key, n]));
  let all = 0;
  let here = 0;
  let amount = 0;
  let amountHere = 0;
  for (const l of flows.links) {
    const t = target.get(l.target);
    if (!t || t.type !== "District") continue;
    all += l.value;
    amount += l.amount;
    if (chengdu.has(t.id)) {
      here += l.value;
      amountHere += l.amount;
    }
  }
  return {
    byCount: all > 0 ? here / all : null,
    byAmount: amount > 0 ? amountHere / amount : null,
    deals: Math.round(all * 100) / 100,
  };
}
