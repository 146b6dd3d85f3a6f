/**
 * Plan KPIs: each indicator's value against its target (percent of target, the target at 100 %),
 * and per district the value against the district's share of the target.
 */
import type { EChartsOption } from "./echarts-setup.js";
import { COLOURS, FONT } from "./palette.js";

export interface KpiBarInput {
  label: string;
  current: number;
  target: number;
}

export function kpiOption(indicators: readonly KpiBarInput[]): EChartsOption {
  const shown = [...indicators].reverse();
  const pct = (k: KpiBarInput) => Math.round((k.current / k.target) * 1000) / 10;
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 110, top: 8, bottom: 24, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    xAxis: { type: "value", min: 0, max: Math.max(120, ...shown.map(pct)), axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: shown.map((k) => k.label), axisLabel: { fontFamily: FONT, fontSize: 11 } },
    series: [
      {
        type: "bar",
        data: shown.map((k) => ({
          value: pct(k),
          itemStyle: { color: k.current >= k.target ? COLOURS.ahead : COLOURS.behind },
        })),
        label: {
          show: true,
          position: "right",
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => {
            const k = shown[p.dataIndex];
            return k ? `${k.current} / ${k.target}（${pct(k)}%）` : "";
          },
        },
        markLine: {
          symbol: "none",
          silent: true,
          lineStyle: { color: COLOURS.target },
          label: { formatter: "目标", fontSize: 10 },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  } as EChartsOption;
}

export interface DistrictKpiInput {
  name: string;
  value: number;
  target: number;
}

/** One indicator per district: value bars coloured ahead/behind, the district share as a marker. */
export function districtKpiOption(rows: readonly DistrictKpiInput[], label: string): EChartsOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "axis" },
    legend: { top: 0, textStyle: { fontFamily: FONT } },
    grid: { left: 40, right: 8, top: 30, bottom: 70 },
    xAxis: {
      type: "category",
      data: rows.map((r) => r.name),
      axisLabel: { rotate: 50, fontSize: 10, fontFamily: FONT },
    },
    yAxis: { type: "value" },
    series: [
      {
        name: label,
        type: "bar",
        data: rows.map((r) => ({
          value: r.value,
          itemStyle: { color: r.value >= r.target ? COLOURS.ahead : COLOURS.behind },
        })),
      },
      {
        name: "区县均摊目标",
        type: "line",
        symbol: "none",
        data: rows.map((r) => Math.round(r.target * 10) / 10),
        lineStyle: { color: COLOURS.target, type: "dashed" },
        itemStyle: { color: COLOURS.target },
      },
    ],
  } as EChartsOption;
}
