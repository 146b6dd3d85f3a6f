/**
 * NodeRef as a federation entity: the references (id, name, type) of nodes by id, so that another
 * subgraph's fields on a NodeRef (a journey's buyer, a ranked case's seller, …) can be joined.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { NodeRef } from "../common/types.js";

/** id → reference, for the ids that name a node. */
export async function getNodeRefs(rq: RequestContext, ids: readonly string[]): Promise<Map<string, NodeRef>> {
  const rows = await runQuery<NodeRef>(rq, "entities/get-node-refs", { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r]));
}
