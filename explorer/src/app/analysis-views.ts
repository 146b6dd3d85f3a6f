/**
 * The analysis views (journey, alliance network, flows, on-site conversion, plan KPIs, partner
 * gaps, matching, annual report), registered in views.ts. Each opens from the header menu and, where it applies to the
 * selected node, from the details panel with that node as its input.
 */
import { AllianceView } from "../features/alliance/components/alliance-view";
import { ConversionView } from "../features/conversion/components/conversion-view";
import { FlowsView } from "../features/flows/components/flows-view";
import { GapsView } from "../features/gaps/components/gaps-view";
import { JourneyView } from "../features/journey/components/journey-view";
import { KpiView } from "../features/kpi/components/kpi-view";
import { MatchingView } from "../features/matching/components/matching-view";
import { ReportView } from "../features/report/components/report-view";
import type { GraphNode } from "../lib/graph/types";
import type { ViewDefinition } from "./views";

type Params = Record<string, string> | null;
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
