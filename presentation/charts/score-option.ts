/** A ranking's score breakdowns: one stacked bar per entry, one segment per component (points). */
import type { EChartsOption } from "./echarts-setup.js";
import { FONT } from "./palette.js";

export interface ScoreEntryInput {
  name: string;
  breakdown: readonly { key: string; points: number }[];
}

const SEGMENT_COLOURS = ["#2f5d9b", "#d9822b", "#2e9d4a", "#b07aa1", "#76b7b2"];

export function scoreOption(
  entries: readonly ScoreEntryInput[],
  componentNames: Record<string, string>,
): EChartsOption {
  const shown = [...entries].reverse();
  const keys = [...new Set(entries.flatMap((e) => e.breakdown.map((b) => b.key)))];
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, textStyle: { fontFamily: FONT } },
    grid: { left: 8, right: 16, top: 28, bottom: 20, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    xAxis: { type: "value", max: 100 },
    yAxis: {
      type: "category",
      data: shown.map((e) => (e.name.length > 16 ? `${e.name.slice(0, 15)}…` : e.name)),
      axisLabel: { fontSize: 10, fontFamily: FONT },
    },
    series: keys.map((key, i) => ({
      name: componentNames[key] ?? key,
      type: "bar",
      stack: "score",
      itemStyle: { color: SEGMENT_COLOURS[i % SEGMENT_COLOURS.length] },
      data: shown.map((e) => Math.round((e.breakdown.find((b) => b.key === key)?.points ?? 0) * 10) / 10),
    })),
  } as EChartsOption;
}
