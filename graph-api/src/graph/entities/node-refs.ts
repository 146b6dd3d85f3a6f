/**
 * NodeRef as a federation entity: the references (id, name, type) of nodes by id, so that another
 * subgraph's fields on a NodeRef (a journey's buyer, a ranked case's seller, …) can be joined.
 */
import type { Driver } from "neo4j-driver";
import { runQuery, type RunOptions } from "../../db/run-query.js";
import type { NodeRef } from "../shared/types.js";

/** id → reference, for the ids that name a node. */
export async function getNodeRefs(
  driver: Driver,
  ids: readonly string[],
  options: RunOptions = {},
): Promise<Map<string, NodeRef>> {
  const rows = await runQuery<NodeRef>(driver, "entities/get-node-refs", { ids: [...new Set(ids)] }, options);
  return new Map(rows.map((r) => [r.id, r]));
}
