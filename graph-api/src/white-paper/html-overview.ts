/** Section 1 of the white paper: headline figures with the year before, and the five-year trend. */
import { trendOption } from "../../../presentation/charts/trend-option.js";
import type { AnnualReport, ReportFigure } from "../graph/report/report-types.js";
import { amount, change, esc, percent, trendClass, whole } from "./format.js";
import { chartSvg } from "./render-chart.js";

function figureText(f: ReportFigure, v: number | null): string {
  return f.kind === "RATE" ? percent(v) : f.kind === "AMOUNT" ? amount(v) : whole(v);
}

function card(f: ReportFigure, year: number): string {
  const delta = change(f.change, f.kind === "RATE" ? "POINTS" : "RELATIVE");
  return `<div class="card" data-figure="${esc(f.key)}">
  <div class="card__label">${esc(f.label)}</div>
  <div class="card__value">${esc(figureText(f, f.value))}</div>
  <div class="card__change ${trendClass(f.change)}">较 ${year - 1} 年 ${esc(delta)}</div>
  <div class="card__prev">${year - 1} 年：${esc(figureText(f, f.previous))}</div>
</div>`;
}

export function overviewSection(r: AnnualReport): string {
  const rate = r.headline.find((f) => f.key === "rateByCount");
  const deals = r.headline.find((f) => f.key === "deals");
  const trend = chartSvg(
    trendOption(
      r.trend.map((t) => ({
        year: t.year,
        deals: t.figures.deals,
        rateByCount: t.figures.rateByCount,
        rateByAmount: t.figures.rateByAmount,
      })),
    ),
    720,
    260,
  );
  return `<section id="overview" class="section">
<h2>一、年度概览</h2>
<p class="lead">${r.year} 年全市登记成果转化交易 ${esc(whole(deals?.value))} 笔（${esc(change(deals?.change ?? null, "RELATIVE"))}），
其中卖方在蓉的交易在成都本地转化的比例（在蓉转化率，按笔数）为 ${esc(percent(rate?.value))}，较上年 ${esc(change(rate?.change ?? null, "POINTS"))}。</p>
<div class="cards">${r.headline.map((f) => card(f, r.year)).join("\n")}</div>
<h3>近五年在蓉转化率</h3>
<figure class="chart" data-chart="trend">${trend}</figure>
</section>`;
}
