/** The nodes and edges a user sees: on the canvas, not hidden, and passing the filters. */
import type { CanvasState } from "../../../canvas-model/canvas-state";
import { edgeFails, failingIds, type FilterState } from "../../../canvas-model/filters";
import type { Subgraph } from "../../../canvas-model/types";

export function visibleSubgraph(state: CanvasState, filters: FilterState): Subgraph {
  const all = Object.values(state.nodes);
  const out = failingIds(all, filters);
  for (const id of state.hidden) out.add(id);
  return {
    nodes: all.filter((n) => !out.has(n.id)),
    edges: Object.values(state.edges).filter((e) => !edgeFails(e, out)),
  };
}
