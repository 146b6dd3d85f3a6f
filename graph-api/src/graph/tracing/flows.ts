/**
 * Flows of results from sellers to buyers over a period, shaped for a Sankey diagram: nodes with
 * side-prefixed keys (a district may be both a source and a target) and weighted links.
 */
import type { Driver } from "neo4j-driver";
import { runQuery, type RunOptions } from "../../db/run-query.js";
import { cypherInt, type Period } from "../shared/period.js";
import type { NodeRef } from "../shared/types.js";

export type FlowSource = "INSTITUTION" | "DISTRICT" | "CHAIN";
export type FlowTarget = "DISTRICT" | "CHAIN";

export interface FlowNode extends NodeRef {
  key: string;
  side: "SOURCE" | "TARGET";
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
}

export interface FlowsRequest {
  period: Period;
  source: FlowSource;
  target: FlowTarget;
  sourceId: string | null;
  limit: number;
}

interface Row {
  source: NodeRef;
  target: NodeRef;
  deals: number;
  value: number;
  amount: number;
  totalDeals: number;
  totalAmount: number;
}

/** Aggregate the flows; links heaviest first, nodes in order of first appearance. */
export async function getFlows(driver: Driver, req: FlowsRequest, run: RunOptions = {}): Promise<Flows> {
  const rows = await runQuery<Row & Record<string, unknown>>(
    driver,
    "tracing/aggregate-flows",
    {
      from: req.period.from,
      to: req.period.to,
      source: req.source,
      target: req.target,
      sourceId: req.sourceId,
      limit: cypherInt(req.limit),
    },
    run,
  );
  const nodes = new Map<string, FlowNode>();
  const touch = (ref: NodeRef, side: FlowNode["side"], value: number): string => {
    const key = `${side === "SOURCE" ? "src" : "dst"}:${ref.id}`;
    const node = nodes.get(key) ?? { ...ref, key, side, value: 0 };
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
  const first = rows[0];
  return {
    period: req.period,
    source: req.source,
    target: req.target,
    nodes: [...nodes.values()],
    links,
    // each deal contributes value 1 in total, so the sum is a whole number up to float rounding
    totalDeals: first ? Math.round(first.totalDeals) : 0,
    totalAmount: first?.totalAmount ?? 0,
  };
}
