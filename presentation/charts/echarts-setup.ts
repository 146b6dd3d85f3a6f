/**
 * ECharts, registered once with what TTGraph's charts use (tree-shaken): bar, line, sankey and map
 * series, their components, and both renderers — SVG for the server-side white paper and for
 * exports, canvas where the browser prefers it. Import `echarts` from here, never from "echarts".
 */
import { BarChart, LineChart, MapChart, SankeyChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  GeoComponent,
  DatasetComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  GeoComponent,
  DatasetComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type { EChartsOption } from "echarts";
