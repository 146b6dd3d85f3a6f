/**
 * The annual white paper as one self-contained HTML page (inline SVG charts, no external
 * resource): what the explorer shows, what the PDF prints and what `ttgraph report` writes.
 */
import type { AnnualReport } from "../graph/report/report-types.js";
import { esc } from "./format.js";
import { appendixSection } from "./html-appendix.js";
import { evaluationSection } from "./html-evaluation.js";
import { flowsSection } from "./html-flows.js";
import { kpiSection } from "./html-kpi.js";
import { networkSection } from "./html-network.js";
import { overviewSection } from "./html-overview.js";
import { rankingsSection } from "./html-rankings.js";
import { SORT_SCRIPT } from "./html-table.js";
import { REPORT_CSS } from "./report-styles.js";

export const reportTitle = (year: number) => `成都市技术转移年度白皮书（${year} 年度）`;

/** The sections of the white paper (anchor, heading), in order. */
export const REPORT_SECTIONS: readonly (readonly [string, string])[] = [
  ["overview", "一、年度概览"],
  ["kpi", "二、规划指标完成情况"],
  ["evaluation", "三、在蓉转化评价"],
  ["flows", "四、成果流向"],
  ["rankings", "五、年度评选"],
  ["network", "六、技术转移网络"],
  ["appendix", "附录 方法说明"],
];

export function renderReportHtml(r: AnnualReport): string {
  const toc = REPORT_SECTIONS.map(([id, t]) => `<a href="#${id}">${esc(t)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(r.year))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main data-report-year="${r.year}">
<header class="cover">
<div class="cover__org">成都市技术转移监测评价 · TTGraph</div>
<h1>${esc(reportTitle(r.year))}</h1>
<div class="cover__sub">统计期 ${esc(r.period.from)} 至 ${esc(r.period.to)} · 由 TTGraph 知识图谱自动生成</div>
<nav class="toc">${toc}</nav>
</header>
${overviewSection(r)}
${kpiSection(r)}
${evaluationSection(r)}
${flowsSection(r)}
${rankingsSection(r)}
${networkSection(r)}
${appendixSection(r)}
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
