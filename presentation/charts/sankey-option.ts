/**
 * The flows Sankey (the `flows` field) as an ECharts option: sources left, targets right, every
 * deal drawn — the long tail as one 其他 node per side, unplaced deals as 未定位 — so the link
 * values add up to the period's deals. Targets in Chengdu are green, outside Chengdu grey and
 * marked (市外); links take their target's colour.
 */
import type { EChartsOption } from "./echarts-setup.js";
import { COLOURS, FONT, whole } from "./palette.js";

export interface SankeyNodeInput {
  key: string;
  name: string;
  type: string;
  side: string;
  kind: string;
  inChengdu: boolean | null;
  members: number;
  value: number;
}

export interface SankeyLinkInput {
  source: string;
  target: string;
  deals: number;
  value: number;
  amount: number;
}

export interface SankeyInput {
  nodes: readonly SankeyNodeInput[];
  links: readonly SankeyLinkInput[];
}

export interface SankeyWords {
  other: (members: number) => string;
  unplaced: string;
  outside: string;
  tooltip: (from: string, to: string, deals: number, amount: number) => string;
}

export const SANKEY_WORDS_ZH: SankeyWords = {
  other: (n) => `其他 ${n} 个`,
  unplaced: "未定位",
  outside: "市外",
  tooltip: (from, to, deals, amount) => `${from} → ${to}：${deals} 笔，${whole(amount)} 万元`,
};

const TYPE_COLOUR: Record<string, string> = {
  Institution: "#4e79a7",
  Lab: "#76b7b2",
  Enterprise: "#f28e2b",
  District: COLOURS.primary,
  IndustryChain: "#b07aa1",
};

/** The label a node is drawn with (the 其他/未定位 nodes say what they fold; outside is marked). */
export function sankeyNodeLabel(n: SankeyNodeInput, words: SankeyWords): string {
  if (n.kind === "OTHER") return words.other(n.members);
  if (n.kind === "UNPLACED") return words.unplaced;
  const name = n.name.length > 14 ? `${n.name.slice(0, 13)}…` : n.name;
  return n.inChengdu === false ? `${name}（${words.outside}）` : name;
}

function nodeColour(n: SankeyNodeInput): string {
  if (n.kind === "OTHER") return COLOURS.other;
  if (n.kind === "UNPLACED") return COLOURS.unplaced;
  if (n.inChengdu === false) return COLOURS.outside;
  if (n.side === "TARGET" && n.type === "District") return COLOURS.inChengdu;
  return TYPE_COLOUR[n.type] ?? COLOURS.primary;
}

/** Sum of the drawn link values: the deals the picture accounts for. */
export const drawnTotal = (flows: SankeyInput): number => flows.links.reduce((s, l) => s + l.value, 0);

export function sankeyOption(flows: SankeyInput, words: SankeyWords = SANKEY_WORDS_ZH): EChartsOption {
  const byKey = new Map(flows.nodes.map((n) => [n.key, n]));
  const label = (key: string) => {
    const n = byKey.get(key);
    return n ? sankeyNodeLabel(n, words) : key;
  };
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "item", confine: true },
    series: [
      {
        type: "sankey",
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        nodeWidth: 12,
        nodeGap: 11,
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: "adjacency" },
        label: { fontSize: 10, fontFamily: FONT, color: "#1d232b", formatter: (p: { name: string }) => label(p.name) },
        data: flows.nodes.map((n) => ({
          name: n.key,
          value: n.value,
          itemStyle: {
            color: nodeColour(n),
            borderColor: n.kind === "ENTITY" ? undefined : "#6b7280",
            borderType: n.kind === "ENTITY" ? undefined : "dashed",
          },
          label: { position: n.side === "SOURCE" ? "right" : "left" },
          tooltip: { formatter: `${label(n.key)}：${whole(n.value)} 笔` },
        })),
        links: flows.links.map((l) => {
          const target = byKey.get(l.target);
          const colour =
            target?.kind === "OTHER" || byKey.get(l.source)?.kind === "OTHER"
              ? COLOURS.other
              : target
                ? nodeColour(target)
                : COLOURS.other;
          return {
            source: l.source,
            target: l.target,
            value: l.value,
            lineStyle: { color: colour, opacity: 0.45, curveness: 0.5 },
            tooltip: { formatter: words.tooltip(label(l.source), label(l.target), l.deals, l.amount) },
          };
        }),
      },
    ],
  } as EChartsOption;
}
