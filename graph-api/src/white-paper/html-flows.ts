/**
 * Section 4: flows from selling institutions to buyer districts and chains, every deal drawn (the
 * long tail as 其他, unplaced deals as 未定位), with the totals reconciled with the tables.
 */
import { drawnTotal, sankeyOption } from "../../../presentation/charts/sankey-option.js";
import type { AnnualReport } from "../graph/report/report-types.js";
import type { Flows } from "../graph/tracing/flows.js";
import { amount, esc, whole } from "./format.js";
import { chartSvg } from "./render-chart.js";

function sankey(f: Flows, id: string): string {
  const height = Math.max(320, Math.min(900, f.nodes.length * 22));
  return `<figure class="chart" data-chart="${esc(id)}" data-total="${esc(Math.round(drawnTotal(f)))}">${chartSvg(sankeyOption(f), 720, height)}</figure>`;
}

export function flowsSection(r: AnnualReport): string {
  const f = r.flowsToDistricts;
  const c = r.conversion.coverage;
  const inChengdu = f.links
    .filter((l) => f.nodes.find((n) => n.key === l.target)?.inChengdu === true)
    .reduce((s, l) => s + l.value, 0);
  return `<section id="flows" class="section">
<h2>四、成果流向</h2>
<p class="note">每笔交易计 1，若有多个卖方或买方则均分；交易最多的 12 个卖方与去向单独列出，其余合并为“其他”，无法定位的计入“未定位”——图中流量合计等于全年交易 ${whole(f.totalDeals)} 笔（${amount(f.totalAmount)} 万元）。
绿色为成都区（市）县，灰色并标注“市外”的为成都以外。</p>
<h3>4.1 高校院所及卖方 → 买方所在区（市）县</h3>
${sankey(f, "flows-districts")}
<p class="note reconcile">核对：全年交易 ${whole(c.periodDeals)} 笔 = 卖方在蓉 ${whole(r.conversion.overall.deals)} 笔（见表 3.1，其中在蓉转化 ${whole(r.conversion.overall.onSiteDeals)} 笔）+ 卖方在市外 ${whole(c.sellerOutsideChengdu)} 笔 + 卖方未定位 ${whole(c.sellerUnplaced)} 笔；图中流入成都区（市）县的合计 ${whole(inChengdu)} 笔（含市外卖方）。</p>
<h3>4.2 高校院所及卖方 → 买方所属产业链</h3>
${sankey(r.flowsToChains, "flows-chains")}
</section>`;
}
