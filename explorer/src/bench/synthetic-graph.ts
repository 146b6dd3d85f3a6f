/**
 * Synthetic graphs for the explorer benchmark (test/bench/explorer.bench.ts): the explorer's own
 * GraphNode/GraphEdge shape, deterministic for a seed, with a scale-free degree distribution like
 * the real network (a few hub agencies and chains, many leaf deals and results) so layouts and
 * rendering meet the same kind of structure as on demo data.
 */
import { edgeId, type GraphEdge, type GraphNode, type Subgraph } from "../lib/graph/types";

/** Share of nodes per type, roughly as in the demo data. */
const TYPE_WEIGHTS: readonly [string, number][] = [
  ["Deal", 0.24],
  ["Result", 0.2],
  ["Enterprise", 0.16],
  ["Broker", 0.14],
  ["Demand", 0.08],
  ["Agency", 0.05],
  ["Event", 0.05],
  ["Institution", 0.03],
  ["Lab", 0.03],
  ["IndustryChain", 0.01],
  ["District", 0.01],
];

const NAME_PARTS = [
  "成都",
  "天府",
  "锦江",
  "高新",
  "蓉城",
  "西部",
  "川大",
  "电子科大",
  "新材料",
  "生物医药",
  "智能制造",
  "航空航天",
];
const SUFFIX: Record<string, string> = {
  Deal: "技术转让合同",
  Result: "关键技术成果",
  Enterprise: "科技有限公司",
  Broker: "经纪人",
  Demand: "技术需求",
  Agency: "技术转移中心",
  Event: "校企双进对接会",
  Institution: "研究院",
  Lab: "重点实验室",
  IndustryChain: "产业链",
  District: "区",
};

/** Mulberry32: a tiny seeded PRNG so every run benchmarks the same graph. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickType(r: number): string {
  let acc = 0;
  for (const [type, w] of TYPE_WEIGHTS) {
    acc += w;
    if (r < acc) return type;
  }
  return "Deal";
}

/**
 * A connected graph of about `elements` elements (nodes + edges), 2 nodes to 3 edges, grown by
 * preferential attachment: each new node ties to one node picked by degree (an end of a random
 * existing edge) and every other node adds a second tie.
 */
export function syntheticGraph(elements: number, seed = 42): Subgraph {
  const rand = prng(seed);
  const nodeCount = Math.max(2, Math.round((elements * 2) / 5));
  const edgeTarget = elements - nodeCount;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ends: string[] = []; // every edge end once: picking from it is picking by degree
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  const tie = (a: string, b: string): void => {
    if (a === b) return;
    const id = edgeId(a, "RELATED", b);
    if (seen.has(id) || seen.has(edgeId(b, "RELATED", a))) return;
    seen.add(id);
    edges.push({ id, type: "RELATED", source: a, target: b, properties: {} });
    ends.push(a, b);
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  };
  for (let i = 0; i < nodeCount; i++) {
    const type = pickType(rand());
    const id = `SYN-${String(i).padStart(6, "0")}`;
    const part = NAME_PARTS[Math.floor(rand() * NAME_PARTS.length)] ?? "成都";
    nodes.push({ id, type, name: `${part}${SUFFIX[type] ?? ""}${i}`, properties: {}, degree: 0, chainIds: [] });
    if (i === 0) continue;
    const hub = ends.length > 0 && rand() < 0.7 ? ends[Math.floor(rand() * ends.length)] : undefined;
    tie(id, hub ?? `SYN-${String(Math.floor(rand() * i)).padStart(6, "0")}`);
  }
  // Extra ties between random nodes, biased to hubs, until the element count is reached.
  let guard = 0;
  while (edges.length < edgeTarget && guard++ < edgeTarget * 20) {
    const a = nodes[Math.floor(rand() * nodes.length)]?.id;
    const b = rand() < 0.5 ? ends[Math.floor(rand() * ends.length)] : nodes[Math.floor(rand() * nodes.length)]?.id;
    if (a && b) tie(a, b);
  }
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return { nodes, edges };
}
