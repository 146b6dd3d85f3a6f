/**
 * The analysis views (journey, alliance network, flows, on-site conversion, plan KPIs, partner
 * gaps, matching, annual report), registered in views.ts. Each opens from the header menu and,
 * where it applies to the selected node, from the details panel with that node as its input.
 */
import { AllianceView } from "../features/alliance/components/alliance-view";
import { GapsView } from "../features/gaps/components/gaps-view";
import { JourneyView } from "../features/journey/components/journey-view";
import { MatchingView } from "../features/matching/components/matching-view";
import { lazy } from "react";
import type { GraphNode } from "../canvas-model/types";
import type { ViewDefinition } from "../lib/view-definition";

type Params = Record<string, string> | null;

// The chart views load ECharts (and the map) as a chunk of their own, on first use.
const ConversionView = lazy(() =>
  import("../features/conversion/components/conversion-view").then((m) => ({ default: m.ConversionView })),
);
const FlowsView = lazy(() => import("../features/flows/components/flows-view").then((m) => ({ default: m.FlowsView })));
const KpiView = lazy(() => import("../features/kpi/components/kpi-view").then((m) => ({ default: m.KpiView })));
const ReportView = lazy(() =>
  import("../features/report/components/report-view").then((m) => ({ default: m.ReportView })),
);

const ORGANISATIONS = new Set(["Agency", "Institution", "Enterprise", "Lab"]);
const CONVERSION_GROUP: Record<string, string> = {
  District: "SELLER_DISTRICT",
  Institution: "INSTITUTION",
  Lab: "LAB",
  IndustryChain: "CHAIN",
};
const FLOW_SOURCE: Record<string, string> = {
  Institution: "INSTITUTION",
  District: "DISTRICT",
  IndustryChain: "CHAIN",
};

export const ANALYSIS_VIEWS: ViewDefinition[] = [
  {
    id: "journey",
    labelKey: "views.journey",
    component: JourneyView,
    menu: true,
    openFor: (n) => (n.type === "Result" ? { result: n.id } : null),
  },
  {
    id: "alliance",
    labelKey: "views.alliance",
    component: AllianceView,
    menu: true,
    openFor: (n: GraphNode): Params =>
      n.type === "Alliance" ? { alliance: n.id } : ORGANISATIONS.has(n.type) ? { focus: n.id } : null,
  },
  {
    id: "flows",
    labelKey: "views.flows",
    component: FlowsView,
    menu: true,
    openFor: (n) => (FLOW_SOURCE[n.type] ? { source: FLOW_SOURCE[n.type]!, id: n.id } : null),
  },
  {
    id: "conversion",
    labelKey: "views.conversion",
    component: ConversionView,
    menu: true,
    openFor: (n) => (CONVERSION_GROUP[n.type] ? { groupBy: CONVERSION_GROUP[n.type]! } : null),
  },
  {
    id: "kpi",
    labelKey: "views.kpi",
    component: KpiView,
    menu: true,
    openFor: (n) => (n.type === "District" ? { district: n.id } : null),
  },
  {
    id: "gaps",
    labelKey: "views.gaps",
    component: GapsView,
    menu: true,
    openFor: (n): Params =>
      n.type === "Alliance"
        ? { alliance: n.id }
        : n.type === "Agency" || n.type === "Institution" || n.type === "Enterprise"
          ? { org: n.id }
          : null,
  },
  {
    id: "matching",
    labelKey: "views.matching",
    component: MatchingView,
    menu: true,
    openFor: (n) => (n.type === "Demand" ? { demand: n.id } : null),
  },
  {
    id: "report",
    labelKey: "views.report",
    component: ReportView,
    menu: true,
  },
];
