/**
 * The views registry — THE extension point for analysis views. Each entry is
 * reachable from the header menu (when `menu` is true) and, when `openFor` returns parameters for
 * the selected node, from the details panel ("open in view X").
 *
 * To add a view: write `features/<name>/components/<name>-view.tsx` exporting a component that
 * takes ViewProps, add its strings to both dictionaries (lib/i18n/zh.ts, en.ts) under `views.<id>` etc.,
 * and append an entry below. View parameters live in the URL as `p.<key>` (url-state.ts), so a
 * link reopens the view with the same input; read them from `params`, change them with
 * `actions.openView(id, params)` (lib/explorer-store). Shared building blocks: useCytoscape
 * (lib/use-cytoscape), element/style mapping and layouts (lib/graph/*), the node fragments and
 * readNode/readSubgraph (lib/api/explore-fragments), actions.addSubgraph to put nodes on the
 * explore canvas and actions.select([id]) to show a node in the details panel.
 */
import type { ComponentType } from "react";
import type { GraphNode } from "../lib/graph/types";
import { ANALYSIS_VIEWS } from "./analysis-views";
import { ExploreView } from "./explore-view";

export interface ViewProps {
  /** The view's parameters from the URL (`p.<key>=value`). */
  params: Record<string, string>;
}

export interface ViewDefinition {
  /** URL id (`v=<id>`), stable. */
  id: string;
  /** i18n key of the menu label, e.g. "views.journey". */
  labelKey: string;
  component: ComponentType<ViewProps>;
  /** Show in the header menu. */
  menu: boolean;
  /** Parameters to open this view for a node, or null when the view does not apply to it. */
  openFor?: (node: GraphNode) => Record<string, string> | null;
  /** The explore view shows the filter sidebar; other views manage their own layout. */
  sidebar?: boolean;
}

export const VIEWS: ViewDefinition[] = [
  { id: "explore", labelKey: "views.explore", component: ExploreView, menu: true, sidebar: true },
  ...ANALYSIS_VIEWS,
];

export function findView(id: string): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
