/**
 * Expanding a node: fetch its neighbours (all types, or one type and direction) and put them on the
 * canvas. Groups of more than GROUP_ABOVE neighbours of one type along one relationship (a hub's
 * 3,473 deals) are never paged silently: they arrive as one group node that the details panel
 * opens as a table or by year. Remembers the next offset per (node, type, direction) so "more"
 * pages through what is left. What an expand did ("added 12", "nothing new: all 40 are on the
 * canvas") is shared by every caller (canvas, menu, details panel) through a small store.
 */
import i18next from "i18next";
import { useCallback, useSyncExternalStore } from "react";
import { useClient } from "urql";
import { ExpandDocument, SubgraphDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions, explorerStore } from "../../../lib/explorer-store";
import { groupElements } from "../../../canvas-model/groups";
import type { ExploreDirection, RelationshipType } from "../../../gql/graphql";

/** Up to this many nodes on the canvas, an expand also fetches the ties between new and old nodes. */
export const CONNECT_LIMIT = 1000;

/** Neighbours fetched per expand (Neo4j Browser shows 100; a planner's canvas stays readable at 50). */
export const EXPAND_PAGE = 50;

/** Groups (relationship type, direction, neighbour type) bigger than this become one group node. */
export const GROUP_ABOVE = 50;

const nextOffsets = new Map<string, number | null>();
const key = (id: string, relType?: RelationshipType, direction?: ExploreDirection): string =>
  `${id}|${relType ?? "*"}|${direction ?? "*"}`;

/** The offset the next "more" would fetch, null when exhausted, undefined when never expanded. */
export function nextOffsetOf(
  id: string,
  relType?: RelationshipType,
  direction?: ExploreDirection,
): number | null | undefined {
  return nextOffsets.get(key(id, relType, direction));
}

/** What the last expand did, for the canvas status line. */
export interface ExpandNote {
  /** Nodes (neighbours and group nodes) that were not on the canvas before. */
  added: number;
  /** Neighbours the expand reached, group members included. */
  reached: number;
  /** Group nodes among the added. */
  groups: number;
}

interface ExpandStatus {
  busy: boolean;
  error: string | null;
  note: ExpandNote | null;
}

let status: ExpandStatus = { busy: false, error: null, note: null };
const listeners = new Set<() => void>();
function setStatus(patch: Partial<ExpandStatus>): void {
  status = { ...status, ...patch };
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Forget the last note (the canvas clears it after showing it a while). */
export function clearExpandNote(): void {
  if (status.note) setStatus({ note: null });
}

export function useExpand(): {
  expand: (id: string, relType?: RelationshipType, direction?: ExploreDirection, more?: boolean) => Promise<void>;
  busy: boolean;
  error: string | null;
  note: ExpandNote | null;
} {
  const client = useClient();
  const current = useSyncExternalStore(
    subscribe,
    () => status,
    () => status,
  );
  const expand = useCallback(
    async (id: string, relType?: RelationshipType, direction?: ExploreDirection, more = false) => {
      const k = key(id, relType, direction);
      const offset = more ? (nextOffsets.get(k) ?? 0) : 0;
      setStatus({ busy: true, error: null, note: null });
      const res = await client
        .query(
          ExpandDocument,
          {
            id,
            relType: relType ?? null,
            direction: direction ?? null,
            limit: EXPAND_PAGE,
            offset,
            groupAbove: GROUP_ABOVE,
          },
          { requestPolicy: "network-only" },
        )
        .toPromise();
      if (res.error || !res.data) {
        setStatus({ busy: false, error: res.error?.message ?? "no data" });
        return;
      }
      const page = res.data.expand;
      nextOffsets.set(k, page.nextOffset ?? null);
      const sub = readSubgraph(page);
      for (const g of page.groups) {
        const type = i18next.t(`types.${g.neighbourType}`, { defaultValue: g.neighbourType });
        const label = i18next.t("canvas.groupLabel", { count: g.count, n: g.count.toLocaleString(), type });
        const { node, edge } = groupElements({ hub: id, ...g }, label);
        sub.nodes.push(node);
        sub.edges.push(edge);
      }
      // Ties between the new neighbours and what is already on the canvas (as Bloom shows them).
      const present = explorerStore.getState().history.present.nodes;
      const existing = Object.keys(present);
      const fresh = sub.nodes.filter((n) => !present[n.id]);
      const freshIds = fresh.filter((n) => n.type !== "Group").map((n) => n.id);
      if (freshIds.length > 0 && existing.length + freshIds.length <= CONNECT_LIMIT) {
        const ties = await client
          .query(SubgraphDocument, { ids: [...existing, ...freshIds] }, { requestPolicy: "network-only" })
          .toPromise();
        if (ties.data) sub.edges.push(...readSubgraph(ties.data.subgraph).edges);
      }
      const reached = page.total + page.groups.reduce((a, g) => a + g.count, 0);
      const groups = fresh.filter((n) => n.type === "Group").length;
      setStatus({ busy: false, note: { added: fresh.length, reached, groups } });
      if (fresh.length > 0 || sub.edges.length > 0) actions.addSubgraph(sub);
    },
    [client],
  );
  return { expand, ...current };
}
