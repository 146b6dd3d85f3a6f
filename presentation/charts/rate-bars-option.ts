/**
 * 在蓉转化率 per group (district, institution, chain) as horizontal bars, one row per group in
 * the order given, with the city-wide rate as a reference line.
 */
import type { EChartsOption } from "./echarts-setup.js";
import { COLOURS, FONT, percent } from "./palette.js";

export interface RateBarInput {
  name: string;
  rate: number | null;
  deals: number;
  outside?: boolean;
}

export function rateBarsOption(rows: readonly RateBarInput[], overall: number | null, label: string): EChartsOption {
  const shown = [...rows].reverse(); // ECharts draws category 0 at the bottom
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 56, top: 8, bottom: 24, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: {
      type: "category",
      data: shown.map((r) => (r.name.length > 12 ? `${r.name.slice(0, 11)}…` : r.name)),
      axisLabel: { fontSize: 11, fontFamily: FONT },
    },
    series: [
      {
        name: label,
        type: "bar",
        data: shown.map((r) => ({
          value: r.rate === null ? null : Math.round(r.rate * 1000) / 10,
          itemStyle: { color: r.outside ? COLOURS.outside : COLOURS.inChengdu },
        })),
        label: {
          show: true,
          position: "right",
          fontSize: 10,
          formatter: (p: { dataIndex: number }) => {
            const r = shown[p.dataIndex];
            return r ? `${percent(r.rate)} · ${r.deals}` : "";
          },
        },
        markLine:
          overall === null
            ? undefined
            : {
                symbol: "none",
                silent: true,
                lineStyle: { color: COLOURS.target, type: "dashed" },
                label: { formatter: `全市 ${percent(overall)}`, fontSize: 10 },
                data: [{ xAxis: Math.round(overall * 1000) / 10 }],
              },
      },
    ],
  } as EChartsOption;
}
