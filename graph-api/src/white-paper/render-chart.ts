/**
 * Charts of the white paper rendered on the server: the shared ECharts options (charts/) drawn by
 * ECharts' SVG renderer without a DOM (server-side rendering), as inline SVG strings.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { echarts, type EChartsOption } from "../../../presentation/charts/echarts-setup.js";
import { CHENGDU_GEOJSON, registerChengduMap } from "../../../presentation/charts/district-map.js";

/** The SVG of one chart. */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

let mapNames: string[] | null = null;

/** Chengdu's district boundaries, read from the npm package once and registered with ECharts. */
export function chengduMapNames(): string[] {
  if (!mapNames) {
    const file = createRequire(import.meta.url).resolve(CHENGDU_GEOJSON);
    mapNames = registerChengduMap(JSON.parse(readFileSync(file, "utf8")));
  }
  return mapNames;
}
