/**
 * What a view is: the props every view component receives and the entry that registers it
 * (app/views.ts). Features import these from here, never from app/.
 */
import type { ComponentType } from "react";
import type { GraphNode } from "../canvas-model/types";

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
