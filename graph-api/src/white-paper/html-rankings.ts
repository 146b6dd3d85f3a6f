/** Section 5: the year's rankings, each with its published formula and every entry's breakdown. */
import { scoreOption } from "../../../presentation/charts/score-option.js";
import { COMPONENT_NAMES } from "../graph/report/ranking-formulas.js";
import type { AnnualReport, RankingFormula } from "../graph/report/report-types.js";
import type { RankingComponent } from "../graph/rankings/scoring.js";
import { amount, esc } from "./format.js";
import { htmlTable } from "./html-table.js";
import { chartSvg } from "./render-chart.js";

interface Entry {
  rank: number;
  name: string;
  detail: string;
  score: number;
  breakdown: RankingComponent[];
}

const breakdownText = (b: RankingComponent[]) =>
  b.map((c) => `${COMPONENT_NAMES[c.key] ?? c.key} ${c.points.toFixed(1)}/${c.weight}`).join("，");

function block(
  n: number,
  formula: RankingFormula | undefined,
  id: string,
  detailTitle: string,
  entries: Entry[],
): string {
  if (!formula) return "";
  const table = htmlTable(
    id,
    [
      { title: "名次", text: (e: Entry) => String(e.rank), sort: (e) => e.rank },
      { title: "名称", text: (e) => e.name, sort: (e) => e.name },
      { title: detailTitle, text: (e) => e.detail },
      { title: "得分", text: (e) => e.score.toFixed(1), sort: (e) => e.score },
      { title: "得分构成（得分/满分）", text: (e) => breakdownText(e.breakdown) },
    ],
    entries,
  );
  const chart = entries.length
    ? `<figure class="chart" data-chart="${esc(id)}">${chartSvg(scoreOption(entries, COMPONENT_NAMES), 720, 60 + entries.length * 22)}</figure>`
    : `<p class="note">本年度没有候选。</p>`;
  return `<h3>5.${n} ${esc(formula.title)}</h3>
<p class="formula">${esc(formula.formula)}</p>
${chart}
${table}`;
}

export function rankingsSection(r: AnnualReport): string {
  const f = (k: RankingFormula["ranking"]) => r.rankings.formulas.find((x) => x.ranking === k);
  const brokers = r.rankings.brokers.map((b) => ({ ...b, detail: b.employers.map((e) => e.name).join("、") || "—" }));
  const agencies = r.rankings.agencies.map((a) => ({
    ...a,
    detail: a.level === "NATIONAL" ? "国家级" : a.level === "MUNICIPAL_FILED" ? "市级备案" : "未备案",
  }));
  const cases = r.rankings.cases.map((c) => ({
    ...c,
    detail: `${c.sellers.map((s) => s.name).join("、")} → ${c.buyer?.name ?? "—"}，${amount(c.amount)} 万元`,
  }));
  return `<section id="rankings" class="section">
<h2>五、年度评选</h2>
<p class="note">按公开公式由本年度交易数据计算；每项列出得分构成，可复核。</p>
${block(1, f("BROKERS"), "RANK_BROKERS", "所在单位", brokers)}
${block(2, f("AGENCIES"), "RANK_AGENCIES", "级别", agencies)}
${block(3, f("CASES"), "RANK_CASES", "卖方 → 买方，金额", cases)}
</section>`;
}
