/** The drawing of an ECharts instance (SVG renderer) or a Cytoscape canvas, for the export bar. */
import type { Core } from "cytoscape";
import type { ChartPicture } from "../export/export-files";
import type { EChartsInstance } from "./echart";

export function echartPicture(chart: EChartsInstance | null): ChartPicture | null {
  if (!chart) return null;
  return { svg: chart.renderToSVGString(), width: chart.getWidth(), height: chart.getHeight() };
}

export function cytoscapePicture(cy: Core | null | undefined): ChartPicture | null {
  if (!cy || cy.elements().empty()) return null;
  const svg = (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: "#ffffff" });
  const size = (attr: string) => Number(new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)`).exec(svg)?.[1] ?? 0);
  const box = cy.elements().boundingBox({});
  return { svg, width: size("width") || Math.max(1, box.w), height: size("height") || Math.max(1, box.h) };
}

/** The drawing of a view's Cytoscape canvas exposed under `name` (see useCytoscape's exposeAs). */
export const exposedCytoscapePicture = (name: string): ChartPicture | null =>
  cytoscapePicture(typeof window === "undefined" ? null : window.__ttgraphCy?.[name]);
