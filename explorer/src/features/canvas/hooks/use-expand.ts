/**
 * Expanding a node: fetch a page of neighbours (all types, or one type and direction) and put them
 * on the canvas. Remembers the next offset per (node, type, direction) so "more" pages through hubs.
 */
import { useCallback, useState } from "react";
import { useClient } from "urql";
import { ExpandDocument, SubgraphDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions, explorerStore } from "../../../lib/explorer-store";
import type { ExploreDirection } from "../../../gql/graphql";

/** Up to this many nodes on the canvas, an expand also fetches the ties between new and old nodes. */
export const CONNECT_LIMIT = 1000;

/** Neighbours fetched per expand (Neo4j Browser shows 100; a planner's canvas stays readable at 50). */
export const EXPAND_PAGE = 50;

const nextOffsets = new Map<string, number | null>();
const key = (id: string, relType?: string, direction?: ExploreDirection): string =>
  `${id}|${relType ?? "*"}|${direction ?? "*"}`;

/** The offset the next "more" would fetch, null when exhausted, undefined when never expanded. */
export function nextOffsetOf(id: string, relType?: string, direction?: ExploreDirection): number | null | undefined {
  return nextOffsets.get(key(id, relType, direction));
}

export function useExpand(): {
  expand: (id: string, relType?: string, direction?: ExploreDirection, more?: boolean) => Promise<void>;
  busy: boolean;
  error: string | null;
} {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const expand = useCallback(
    async (id: string, relType?: string, direction?: ExploreDirection, more = false) => {
      const k = key(id, relType, direction);
      const offset = more ? (nextOffsets.get(k) ?? 0) : 0;
      setBusy(true);
      setError(null);
      const res = await client
        .query(
          ExpandDocument,
          { id, relType: relType ?? null, direction: direction ?? null, limit: EXPAND_PAGE, offset },
          { requestPolicy: "network-only" },
        )
        .toPromise();
      if (res.error || !res.data) {
        setBusy(false);
        setError(res.error?.message ?? "no data");
        return;
      }
      const page = res.data.expand;
      nextOffsets.set(k, page.nextOffset ?? null);
      const sub = readSubgraph(page);
      // Ties between the new neighbours and what is already on the canvas (as Bloom shows them).
      const existing = Object.keys(explorerStore.getState().history.present.nodes);
      const fresh = sub.nodes.filter((n) => !existing.includes(n.id)).map((n) => n.id);
      if (fresh.length > 0 && existing.length + fresh.length <= CONNECT_LIMIT) {
        const ties = await client
          .query(SubgraphDocument, { ids: [...existing, ...fresh] }, { requestPolicy: "network-only" })
          .toPromise();
        if (ties.data) sub.edges.push(...readSubgraph(ties.data.subgraph).edges);
      }
      setBusy(false);
      actions.addSubgraph(sub);
    },
    [client],
  );
  return { expand, busy, error };
}
