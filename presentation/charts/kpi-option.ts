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

/** Words of the district chart (Chinese by default; the explorer passes its language's). */
export interface DistrictKpiLabels {
  ahead: string;
  behind: string;
  target: string;
}

const DISTRICT_KPI_LABELS_ZH: DistrictKpiLabels = {
  ahead: "达到区县均摊目标",
  behind: "低于区县均摊目标",
  target: "区县均摊目标",
};

/**
 * One indicator per district: value bars in two series — at or above the district's share of the
 * target, and below it — so that the legend shows both colours; the district share as a dashed line.
 */
export function districtKpiOption(
  rows: readonly DistrictKpiInput[],
  label: string,
  labels: DistrictKpiLabels = DISTRICT_KPI_LABELS_ZH,
): EChartsOption {
  const bars = (ahead: boolean) => ({
    name: `${label}（${ahead ? labels.ahead : labels.behind}）`,
    type: "bar",
    stack: "value",
    itemStyle: { color: ahead ? COLOURS.ahead : COLOURS.behind },
    data: rows.map((r) => (r.value >= r.target === ahead ? r.value : null)),
  });
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
      bars(true),
      bars(false),
      {
        name: labels.target,
        type: "line",
        symbol: "none",
        data: rows.map((r) => Math.round(r.target * 10) / 10),
        lineStyle: { color: COLOURS.target, type: "dashed" },
        itemStyle: { color: COLOURS.target },
      },
    ],
  } as EChartsOption;
}
