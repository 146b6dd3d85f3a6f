/**
 * The views registry — THE extension point for analysis views. Each entry is
 * reachable from the header menu (when `menu` is true) and, when `openFor` returns parameters for
 * the selected node, from the details panel ("open in view X").
 *
 * To add a view: write `features/<name>/components/<name>-view.tsx` exporting a component that
 * takes ViewProps (lib/view-definition.ts), add its strings to both dictionaries (lib/i18n/zh.ts, en.ts) under `views.<id>` etc.,
 * and append an entry below. View parameters live in the URL as `p.<key>` (url-state.ts), so a
 * link reopens the view with the same input; read them from `params`, change them with
 * `actions.openView(id, params)` (lib/explorer-store). Shared building blocks: useCytoscape
 * (cytoscape/use-cytoscape), element mapping (canvas-model/), styles and layouts (cytoscape/), the node fragments and
 * readNode/readSubgraph (lib/api/explore-fragments), actions.addSubgraph to put nodes on the
 * explore canvas and actions.select([id]) to show a node in the details panel.
 */
import type { ViewDefinition } from "../lib/view-definition";
import { ANALYSIS_VIEWS } from "./analysis-views";
import { ExploreView } from "./explore-view";

export const VIEWS: ViewDefinition[] = [
  { id: "explore", labelKey: "views.explore", component: ExploreView, menu: true, sidebar: true },
  ...ANALYSIS_VIEWS,
];

export function findView(id: string): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
