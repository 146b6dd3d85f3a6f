/** The method appendix: definitions, the period and the data coverage (what was left out, of which figure). */
import type { AnnualReport } from "../graph/report/report-types.js";
import { esc, whole } from "./format.js";
import { htmlTable } from "./html-table.js";

const DEFINITIONS: [string, string][] = [
  ["统计期", "以交易签订日期（signedOn）为准，含首尾两日；金额单位为万元，未披露金额计 0。"],
  [
    "在蓉转化率",
    "本期签订、卖方位于成都（实验室以其所属单位所在区县为准）的交易中，买方位于成都区（市）县的比例，分别按笔数与金额计算；一笔交易有多个卖方时只计一次；买方无区县视为非在蓉转化。",
  ],
  ["成果输出 / 吸纳", "区（市）县成果输出按卖方所在区县分组，吸纳按买方所在区县分组；均只含卖方在蓉的交易。"],
  ["高校院所与实验室", "实验室的交易计入其所属高校院所；重点实验室表另列各实验室。卖方为企业的交易只计入全市合计。"],
  ["产业链", "按所转让成果的所属产业链分组；一笔交易可属多条产业链。"],
  ["同比", "笔数、金额为相对变化；比率为百分点差。上年无交易的分组不计同比。"],
  [
    "规划指标",
    "培养引进人才：窗口内登记或参加实训的经纪人；中级及以上职称经纪人、备案机构为存量；实训活动为窗口内的实训场次。经纪人所在区县以其任职单位为准。",
  ],
  ["流向图", "每笔交易计 1，多卖方或多买方时均分；12 个主要卖方与去向之外合并为“其他”，无法定位的计入“未定位”。"],
  ["评选", "按第五章所列公开公式计算，得分 0–100，同分规则见公式。"],
  [
    "网络",
    "两机构在同一交易中出现（卖方、买方、服务机构、经纪人所在单位）即相连，按交易数加权；中介角色按 Gould–Fernandez 分类。",
  ],
];

export function appendixSection(r: AnnualReport): string {
  const defs = DEFINITIONS.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("\n");
  const coverage = htmlTable(
    "COVERAGE",
    [
      { title: "项目", text: (c: (typeof r.coverage)[number]) => c.label },
      { title: "数量", text: (c) => whole(c.count), sort: (c) => c.count },
      { title: "未计入 / 计入方式", text: (c) => c.leftOutOf },
    ],
    r.coverage,
  );
  return `<section id="appendix" class="section">
<h2>附录 方法说明</h2>
<h3>A.1 统计期</h3>
<p>${esc(r.period.from)} 至 ${esc(r.period.to)}；对比年度 ${r.year - 1} 年；规划指标窗口见第二章。数据来自 TTGraph 知识图谱，生成于 ${esc(r.generatedAt.slice(0, 19).replace("T", " "))}（UTC）。</p>
<h3>A.2 指标定义</h3>
<dl class="definitions">${defs}</dl>
<h3>A.3 数据覆盖</h3>
<p class="note">以下各项因缺少区县、产业链或日期而无法定位，列明其数量及未计入的指标。</p>
${coverage}
</section>`;
}
