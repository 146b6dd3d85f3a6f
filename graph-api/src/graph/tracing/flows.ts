/**
 * Flows of results from sellers to buyers over a period, shaped for a Sankey diagram: nodes with
 * side-prefixed keys (a district may be both a source and a target) and weighted links. Aggregated
 * in the database: only the drawn links come back. Every deal of the period is drawn — the long
 * tail of each side as one "其他" node, deals without a source or target value as "未定位" — so
 * the link values add up to `totalDeals`.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { cypherInt, type Period } from "../common/period.js";

export type FlowSource = "INSTITUTION" | "DISTRICT" | "CHAIN";
export type FlowTarget = "DISTRICT" | "CHAIN";
export type FlowNodeKind = "ENTITY" | "OTHER" | "UNPLACED";

export interface FlowNode {
  key: string;
  id: string;
  name: string;
  type: string;
  side: "SOURCE" | "TARGET";
  kind: FlowNodeKind;
  inChengdu: boolean | null;
  /** How many nodes an OTHER node folds (0 otherwise). */
  members: number;
  value: number;
}

export interface FlowLink {
  source: string;
  target: string;
  deals: number;
  value: number;
  amount: number;
}

export interface Flows {
  period: Period;
  source: FlowSource;
  target: FlowTarget;
  nodes: FlowNode[];
  links: FlowLink[];
  totalDeals: number;
  totalAmount: number;
  /** Deals drawn through an "其他" node on either side (value, may be fractional). */
  otherValue: number;
  /** Deals drawn through a "未定位" node on either side (value, may be fractional). */
  unplacedValue: number;
}

export interface FlowsRequest {
  period: Period;
  source: FlowSource;
  target: FlowTarget;
  sourceId: string | null;
  /** Named nodes per side; the rest of a side is folded into one "其他" node. */
  nodesPerSide: number;
}

/** Bounds of `nodesPerSide`: a Sankey has at most (MAX + 2)² links. */
export const FLOW_NODES = { default: 10, max: 50 };

interface Row {
  source: string;
  target: string;
  deals: number;
  value: number;
  amount: number;
  totalDeals: number;
  totalAmount: number;
  otherSources: number;
  otherTargets: number;
}

interface Described {
  id: string;
  name: string;
  type: string;
  inChengdu: boolean | null;
}

const SOURCE_TYPE: Record<FlowSource, string> = {
  INSTITUTION: "Institution",
  DISTRICT: "District",
  CHAIN: "IndustryChain",
};
const TARGET_TYPE: Record<FlowTarget, string> = { DISTRICT: "District", CHAIN: "IndustryChain" };
const OTHER = "~OTHER";
const UNPLACED = "~UNPLACED";

/** Aggregate the flows; links heaviest first, nodes in order of first appearance. */
export async function getFlows(rq: RequestContext, req: FlowsRequest): Promise<Flows> {
  const rows = await runQuery<Row & Record<string, unknown>>(rq, "tracing/aggregate-flows", {
    from: req.period.from,
    to: req.period.to,
    source: req.source,
    target: req.target,
    sourceId: req.sourceId,
    nodes: cypherInt(req.nodesPerSide),
  });
  const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]).filter((id) => !id.startsWith("~")))];
  const described = ids.length
    ? await runQuery<Described & Record<string, unknown>>(rq, "tracing/describe-flow-nodes", { ids })
    : [];
  const info = new Map(described.map((d) => [d.id, d]));
  const first = rows[0];
  const nodes = new Map<string, FlowNode>();
  const touch = (id: string, side: FlowNode["side"], value: number): string => {
    const key = `${side === "SOURCE" ? "src" : "dst"}:${id}`;
    const node = nodes.get(key) ?? makeNode(id, key, side, req, info, first);
    node.value += value;
    nodes.set(key, node);
    return key;
  };
  const links = rows.map((r) => ({
    source: touch(r.source, "SOURCE", r.value),
    target: touch(r.target, "TARGET", r.value),
    deals: r.deals,
    value: r.value,
    amount: r.amount,
  }));
  const through = (id: string) =>
    rows.filter((r) => r.source === id || r.target === id).reduce((s, r) => s + r.value, 0);
  return {
    period: req.period,
    source: req.source,
    target: req.target,
    nodes: [...nodes.values()],
    links,
    totalDeals: first?.totalDeals ?? 0,
    totalAmount: first?.totalAmount ?? 0,
    otherValue: through(OTHER),
    unplacedValue: through(UNPLACED),
  };
}

function makeNode(
  id: string,
  key: string,
  side: FlowNode["side"],
  req: FlowsRequest,
  info: Map<string, Described>,
  totals: Row | undefined,
): FlowNode {
  const type = side === "SOURCE" ? SOURCE_TYPE[req.source] : TARGET_TYPE[req.target];
  if (id === OTHER) {
    const members = (side === "SOURCE" ? totals?.otherSources : totals?.otherTargets) ?? 0;
    return { key, id, name: "其他", type, side, kind: "OTHER", inChengdu: null, members, value: 0 };
  }
  if (id === UNPLACED)
    return { key, id, name: "未定位", type, side, kind: "UNPLACED", inChengdu: null, members: 0, value: 0 };
  const d = info.get(id);
  return {
    key,
    id,
    name: d?.name ?? id,
    type: d?.type ?? type,
    side,
    kind: "ENTITY",
    inChengdu: d?.inChengdu ?? null,
    members: 0,
    value: 0,
  };
}
