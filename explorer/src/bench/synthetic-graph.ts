/**
 * Synthetic graphs for the explorer benchmark (test/bench/explorer.bench.ts): the explorer's own
 * GraphNode/GraphEdge shape, deterministic for a seed, with a scale-free degree distribution like
 * the real network (a few hub agencies and chains, many leaf deals and results) so layouts and
 * rendering meet the same kind of structure as on demo data.
 */
import { prng } from "../cytoscape/seeded-random";
import { edgeId, type GraphEdge, type GraphNode, type Subgraph } from "../canvas-model/types";

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

/**
 * A connected graph of `nodeCount` nodes in planted communities (sizes from about 20 to 400, by a
 * power law), 3 edges per 2 nodes: nine ties in ten inside a node's community (by preferential
 * attachment, so each community has its hubs), one in ten to another community. The community
 * layout case of the benchmark lays it out and measures overlaps and separation.
 */
export function communityGraph(nodeCount: number, seed = 7): Subgraph & { planted: Map<string, number> } {
  const rand = prng(seed);
  const sizes: number[] = [];
  for (let left = nodeCount; left > 0;) {
    const size = Math.min(left, Math.round(20 / Math.pow(1 - rand() * 0.95, 0.9)));
    sizes.push(Math.min(size, 400));
    left -= Math.min(size, 400);
  }
  const planted = new Map<string, number>();
  const nodes: GraphNode[] = [];
  const byCommunity: string[][] = sizes.map(() => []);
  const ends: string[][] = sizes.map(() => []);
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  const tie = (a: string, b: string, c?: number): void => {
    if (a === b) return;
    const id = edgeId(a, "RELATED", b);
    if (seen.has(id) || seen.has(edgeId(b, "RELATED", a))) return;
    seen.add(id);
    edges.push({ id, type: "RELATED", source: a, target: b, properties: {} });
    if (c !== undefined) ends[c]!.push(a, b);
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  };
  let i = 0;
  sizes.forEach((size, c) => {
    for (let k = 0; k < size; k++, i++) {
      const type = pickType(rand());
      const id = `COM-${String(i).padStart(6, "0")}`;
      nodes.push({
        id,
        type,
        name: `${NAME_PARTS[c % NAME_PARTS.length]}${SUFFIX[type] ?? ""}${i}`,
        properties: {},
        degree: 0,
        chainIds: [],
      });
      planted.set(id, c);
      const own = byCommunity[c]!;
      if (own.length > 0) {
        const pool = ends[c]!;
        const hub =
          pool.length > 0 && rand() < 0.7
            ? pool[Math.floor(rand() * pool.length)]
            : own[Math.floor(rand() * own.length)];
        tie(id, hub!, c);
      } else if (c > 0) {
        const other = byCommunity[Math.floor(rand() * c)]!;
        tie(id, other[Math.floor(rand() * other.length)]!);
      }
      own.push(id);
    }
  });
  const target = Math.round(nodeCount * 1.5);
  for (let guard = 0; edges.length < target && guard < target * 20; guard++) {
    const a = nodes[Math.floor(rand() * nodes.length)]!.id;
    const c = planted.get(a)!;
    const inside = rand() < 0.9;
    const pool = inside ? byCommunity[c]! : byCommunity[Math.floor(rand() * sizes.length)]!;
    tie(a, pool[Math.floor(rand() * pool.length)]!, inside ? c : undefined);
  }
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return { nodes, edges, planted };
}
