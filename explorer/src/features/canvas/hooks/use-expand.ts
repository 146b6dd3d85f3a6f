/**
 * Expanding a node: fetch a page of neighbours (all types, or one type and direction) and put them
 * on the canvas. Remembers the next offset per (node, type, direction) so "more" pages through hubs.
 */
import { useCallback, useState } from "react";
import { useClient } from "urql";
import { ExpandDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions } from "../../../lib/explorer-store";
import type { ExploreDirection } from "../../../gql/graphql";

/** Neighbours fetched per expand (Neo4j Browser shows 100; a planner's canvas stays readable at 50). */
export const EXPAND_PAGE = 50;

const nextOffsets = new Map<string, number | null>();
const key = (id: string, relType?: string, direction?: ExploreDirection): string => `${id}|${relType ?? "*"}|${direction ?? "*"}`;

/** The offset the next "more" would fetch, null when exhausted, undefined when never expanded. */
export function nextOffsetOf(id: string, relType?: string, direction?: ExploreDirection): number | null | undefined {
  return nextOffsets.get(key(id, relType, direction));
}

export function useExpand(): { expand: (id: string, relType?: string, direction?: ExploreDirection, more?: boolean) => Promise<void>; busy: boolean; error: string | null } {
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
        .query(ExpandDocument, { id, relType: relType ?? null, direction: direction ?? null, limit: EXPAND_PAGE, offset }, { requestPolicy: "network-only" })
        .toPromise();
      setBusy(false);
      if (res.error || !res.data) {
        setError(res.error?.message ?? "no data");
        return;
      }
      const page = res.data.expand;
      nextOffsets.set(k, page.nextOffset ?? null);
      actions.addSubgraph(readSubgraph(page));
    },
    [client],
  );
  return { expand, busy, error };
}
