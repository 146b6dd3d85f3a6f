/** Find a shortest path between two nodes, put it on the canvas and highlight it. */
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useClient } from "urql";
import { ShortestPathDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions } from "../../../lib/explorer-store";

export const MAX_PATH_HOPS = 6;

export function useShortestPath(): {
  find: (from: string, to: string) => Promise<void>;
  busy: boolean;
  message: string | null;
} {
  const client = useClient();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const find = useCallback(
    async (fromId: string, toId: string) => {
      setBusy(true);
      setMessage(null);
      const res = await client.query(ShortestPathDocument, { fromId, toId, maxHops: MAX_PATH_HOPS }).toPromise();
      setBusy(false);
      if (res.error || !res.data) {
        setMessage(t("status.error"));
        return;
      }
      const sub = readSubgraph(res.data.shortestPath);
      if (sub.nodes.length === 0) {
        setMessage(t("canvas.pathNone", { hops: MAX_PATH_HOPS }));
        actions.setPath([]);
        return;
      }
      actions.addSubgraph(sub);
      actions.setPath([...sub.nodes.map((n) => n.id), ...sub.edges.map((e) => e.id)]);
    },
    [client, t],
  );
  return { find, busy, message };
}
