/**
 * Enterprise sources: the reverse of a journey — which institutions, results, brokers and agencies
 * fed an enterprise through the deals in which it is the buyer.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { cypherInt } from "../common/period.js";
import type { NodeRef } from "../common/types.js";

export interface SourceContribution {
  node: NodeRef;
  deals: number;
  amount: number;
}

export interface EnterpriseSources {
  enterprise: NodeRef;
  totalDeals: number;
  totalAmount: number;
  deals: {
    id: string;
    name: string;
    kind: string;
    signedOn: string;
    amount: number | null;
    results: NodeRef[];
    sellers: NodeRef[];
  }[];
  institutions: SourceContribution[];
  results: SourceContribution[];
  /** `broker`: the broker as a node reference (the SDL's pointer: the counts belong to the enterprise). */
  brokers: { id: string; broker: NodeRef; name: string; titleLevel: string; deals: number; leadDeals: number }[];
  agencies: SourceContribution[];
}

/** Sources of one enterprise (each list at most `limit` long), or null when no Enterprise has the id. */
export async function getEnterpriseSources(
  rq: RequestContext,
  id: string,
  limit: number,
): Promise<EnterpriseSources | null> {
  const [row] = await runQuery<EnterpriseSources & Record<string, unknown>>(rq, "tracing/get-enterprise-sources", {
    id,
    limit: cypherInt(limit),
  });
  return row ?? null;
}
