/**
 * Put search hits on the canvas together with the relationships that tie them to what is already
 * there (one `subgraph` call over old + new ids), then switch to the explore view.
 */
import { useCallback } from "react";
import { useClient } from "urql";
import { SubgraphDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions, explorerStore } from "../../../lib/explorer-store";
import type { GraphNode } from "../../../canvas-model/types";

export function useAddToCanvas(): (nodes: GraphNode[]) => Promise<void> {
  const client = useClient();
  return useCallback(
    async (nodes: GraphNode[]) => {
      if (nodes.length === 0) return;
      const s = explorerStore.getState();
      if (s.view !== "explore") actions.openView("explore");
      const existing = Object.keys(s.history.present.nodes);
      const fresh = nodes.filter((n) => !s.history.present.nodes[n.id]);
      const select = nodes[nodes.length - 1]?.id;
      if (fresh.length === 0) {
        if (select) actions.select([select]);
        return;
      }
      const ids = [...existing, ...fresh.map((n) => n.id)];
      const res = await client.query(SubgraphDocument, { ids }, { requestPolicy: "network-only" }).toPromise();
      const edges = res.data ? readSubgraph(res.data.subgraph).edges : [];
      actions.addSubgraph({ nodes: fresh, edges }, select ? { select } : {});
    },
    [client],
  );
}
