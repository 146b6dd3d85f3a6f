/** The store ↔ UrlState mapping (pure apart from reading the given state). */
import type { ExplorerState } from "../../../lib/explorer-store";
import type { UrlState } from "../../../lib/url-state";

export function urlStateOf(s: ExplorerState): UrlState {
  const canvas = s.history.present;
  return {
    view: s.view,
    viewParams: s.viewParams,
    nodes: Object.keys(canvas.nodes).map((id) => {
      const p = s.positions[id];
      return p ? { id, position: p } : { id };
    }),
    hidden: [...canvas.hidden],
    pinned: [...canvas.pinned],
    selection: s.selection,
    measure: s.measure,
    edgeLabels: s.edgeLabels,
    filters: s.filters,
  };
}
