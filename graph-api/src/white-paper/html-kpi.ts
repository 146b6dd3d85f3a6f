/**
 * Section 2: the plan's KPIs against their targets, city-wide and per district (each Chengdu
 * district against its even share of the target: ahead or behind).
 */
import { districtKpiOption, kpiOption } from "../../../presentation/charts/kpi-option.js";
import type { KpiIndicator } from "../graph/kpi/kpi.js";
import type { AnnualReport } from "../graph/report/report-types.js";
import { esc, whole } from "./format.js";
import { htmlTable } from "./html-table.js";
import { chartSvg } from "./render-chart.js";

interface DistrictRow {
  id: string;
  name: string;
  values: Record<string, { value: number; target: number | null }>;
}

function districtRows(indicators: KpiIndicator[]): DistrictRow[] {
  const rows = new Map<string, DistrictRow>();
  for (const k of indicators)
    for (const d of k.byDistrict) {
      if (!d.inChengdu) continue;
      const row = rows.get(d.districtId) ?? { id: d.districtId, name: d.name, values: {} };
      row.values[k.key] = { value: d.value, target: d.target };
      rows.set(d.districtId, row);
    }
  return [...rows.values()].sort((a, b) => (b.values.TALENTS?.value ?? 0) - (a.values.TALENTS?.value ?? 0));
}

export function kpiSection(r: AnnualReport): string {
  const { progress, note } = r.kpi;
  const bars = chartSvg(
    kpiOption(progress.indicators.map((k) => ({ label: k.label, current: k.current, target: k.target }))),
    720,
    200,
  );
  const talents = progress.indicators.find((k) => k.key === "TALENTS");
  const perDistrict = talents
    ? chartSvg(
        districtKpiOption(
          talents.byDistrict
            .filter((d) => d.inChengdu)
            .map((d) => ({ name: d.name, value: d.value, target: d.target ?? 0 })),
          talents.label,
        ),
        720,
        260,
      )
    : "";
  const rows = districtRows(progress.indicators);
  const cell = (k: string) => (d: DistrictRow) => {
    const v = d.values[k];
    if (!v) return "0";
    return `${whole(v.value)}${v.target !== null ? (v.value >= v.target ? " ▲" : " ▽") : ""}`;
  };
  const table = htmlTable(
    "KPI_DISTRICTS",
    [
      { title: "区（市）县", text: (d: DistrictRow) => d.name, sort: (d) => d.name },
      ...progress.indicators.map((k) => ({
        title: `${k.label}（均摊 ${(k.target / Math.max(1, k.districtsAhead + k.districtsBehind)).toFixed(1)}）`,
        text: cell(k.key),
        sort: (d: DistrictRow) => d.values[k.key]?.value ?? 0,
      })),
    ],
    rows,
  );
  const summary = progress.indicators
    .map(
      (k) =>
        `<li><strong>${esc(k.label)}</strong>：${whole(k.current)} / ${whole(k.target)}（${((k.current / k.target) * 100).toFixed(1)}%），` +
        `${k.districtsAhead} 个区（市）县达到均摊目标，${k.districtsBehind} 个未达到；未归属区县 ${whole(k.unassigned)}。</li>`,
    )
    .join("\n");
  // Stock indicators count what the graph holds now; the overview counts what was registered by
  // the year's end. Say so beside the figures, with both numbers, so a reader is not left with two.
  const stocks = progress.indicators.filter((k) => !k.windowed);
  const yearEnd = (key: string) => r.headline.find((h) => h.key === key)?.value ?? null;
  const titledAtYearEnd = yearEnd("titledBrokers");
  const stockNote = stocks.length
    ? `<p class="note" data-note="stocks">${stocks.map((k) => esc(k.label)).join("、")}为当前存量（模型不记录职称与备案日期），` +
      `含年末之后登记及无登记日期者${titledAtYearEnd !== null ? `；“一、年度概览”中的中级及以上职称经纪人 ${whole(titledAtYearEnd)} 为截至年末已登记者` : ""}。</p>`
    : "";
  return `<section id="kpi" class="section">
<h2>二、规划指标完成情况</h2>
<p class="note">${esc(note)} 统计窗口：${esc(progress.window.from)} 至 ${esc(progress.window.to)}。</p>
<figure class="chart" data-chart="kpi">${bars}</figure>
<ul class="kpi-summary">${summary}</ul>
${stockNote}
<h3>分区（市）县：培养引进人才</h3>
<figure class="chart" data-chart="kpi-districts">${perDistrict}</figure>
<p class="note">计划未分解区县目标：各区（市）县的“均摊目标”为全市目标按 ${rows.length ? progress.indicators[0]!.districtsAhead + progress.indicators[0]!.districtsBehind : 0} 个区（市）县及功能区平均分配；▲ 达到、▽ 未达到。</p>
${table}
</section>`;
}
