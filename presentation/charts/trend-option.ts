/** 在蓉转化率 year by year: rates by count and by amount as lines, deals as bars (right axis). */
import type { EChartsOption } from "./echarts-setup.js";
import { COLOURS, FONT, percent } from "./palette.js";

export interface TrendPointInput {
  year: number;
  deals: number;
  rateByCount: number | null;
  rateByAmount: number | null;
}

export interface TrendWords {
  byCount: string;
  byAmount: string;
  deals: string;
}

export const TREND_WORDS_ZH: TrendWords = {
  byCount: "在蓉转化率（笔数）",
  byAmount: "在蓉转化率（金额）",
  deals: "在蓉卖方交易（笔）",
};

export function trendOption(points: readonly TrendPointInput[], words: TrendWords = TREND_WORDS_ZH): EChartsOption {
  const years = points.map((p) => String(p.year));
  const rate = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "axis" },
    legend: { bottom: 0, textStyle: { fontFamily: FONT } },
    grid: { left: 48, right: 56, top: 28, bottom: 56 },
    xAxis: { type: "category", data: years },
    yAxis: [
      { type: "value", name: "%", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      { type: "value", name: words.deals, splitLine: { show: false }, nameTextStyle: { align: "right" } },
    ],
    series: [
      {
        name: words.deals,
        type: "bar",
        yAxisIndex: 1,
        data: points.map((p) => p.deals),
        itemStyle: { color: "#d7dde6" },
        barWidth: "40%",
      },
      {
        name: words.byCount,
        type: "line",
        data: points.map((p) => rate(p.rateByCount)),
        itemStyle: { color: COLOURS.inChengdu },
        label: { show: true, formatter: (p: { value: unknown }) => percent(Number(p.value) / 100), fontSize: 10 },
      },
      {
        name: words.byAmount,
        type: "line",
        data: points.map((p) => rate(p.rateByAmount)),
        itemStyle: { color: COLOURS.primary },
        lineStyle: { type: "dashed" },
      },
    ],
  } as EChartsOption;
}
