/**
 * Mirror the store into the address bar and back: on load (and on Back/Forward) the URL's state is
 * restored — the canvas by one `subgraph` call over its ids — and afterwards every change is
 * written with replaceState (pushState when the view changes, so Back returns to the last view).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useClient } from "urql";
import { SubgraphDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions, explorerStore } from "../../../lib/explorer-store";
import { decodeUrlState, encodeUrlState } from "../../../lib/url-state";
import { urlStateOf } from "../lib/state-to-url";

/** The query string that reopens the current picture. */
export function currentQuery(): string {
  return encodeUrlState(urlStateOf(explorerStore.getState()));
}

export function useUrlSync(): { restoring: boolean; error: string | null; restore: (search: string) => Promise<void> } {
  const client = useClient();
  const [restoring, setRestoring] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(true);

  const restore = useCallback(
    async (search: string) => {
      busy.current = true;
      setRestoring(true);
      setError(null);
      const u = decodeUrlState(search);
      actions.patch({
        view: u.view,
        viewParams: u.viewParams,
        filters: u.filters,
        measure: u.measure,
        edgeLabels: u.edgeLabels,
      });
      try {
        if (u.nodes.length > 0) {
          const res = await client
            .query(SubgraphDocument, { ids: u.nodes.map((n) => n.id) }, { requestPolicy: "network-only" })
            .toPromise();
          if (res.error || !res.data) throw new Error(res.error?.message ?? "no data");
          const positions = Object.fromEntries(u.nodes.filter((n) => n.position).map((n) => [n.id, n.position!]));
          const complete = u.nodes.every((n) => n.position);
          actions.replaceCanvas(readSubgraph(res.data.subgraph), {
            hidden: u.hidden,
            pinned: u.pinned,
            ...(complete ? { positions } : {}),
          });
        } else if (Object.keys(explorerStore.getState().history.present.nodes).length > 0) {
          actions.replaceCanvas({ nodes: [], edges: [] });
        }
        actions.select(u.selection);
      } catch (e) {
        setError((e as Error).message);
      } finally {
        busy.current = false;
        setRestoring(false);
      }
    },
    [client],
  );

  useEffect(() => {
    void restore(window.location.search);
    const onPop = () => void restore(window.location.search);
    window.addEventListener("popstate", onPop);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastView = explorerStore.getState().view;
    const unsubscribe = explorerStore.subscribe(() => {
      if (busy.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const s = explorerStore.getState();
        const q = currentQuery();
        const url = `${window.location.pathname}${q ? `?${q}` : ""}`;
        if (url === `${window.location.pathname}${window.location.search}`) return;
        if (s.view !== lastView) window.history.pushState(null, "", url);
        else window.history.replaceState(null, "", url);
        lastView = s.view;
      }, 200);
    });
    return () => {
      window.removeEventListener("popstate", onPop);
      unsubscribe();
      clearTimeout(timer);
    };
  }, [restore]);

  return { restoring, error, restore };
}
