/**
 * The white paper as sheets (one per table of the report), for its XLSX workbook: the same
 * numbers as the HTML, unrounded, with every row (all labs included).
 */
import type { Cell, Sheet, SheetColumn } from "../../../presentation/tables/sheet.js";
import { COMPONENT_NAMES } from "../graph/report/ranking-formulas.js";
import type { AnnualReport, ReportTable } from "../graph/report/report-types.js";
import type { Flows } from "../graph/tracing/flows.js";
import { kindName, onSiteTitles } from "./html-evaluation.js";

const INT = "#,##0";
const AMOUNT = "#,##0.00";
const PCT = "0.0%";
const col = (header: string, numFmt?: string, width?: number): SheetColumn => ({ header, numFmt, width });

/** Sheet names of the evaluation tables (Excel allows 31 characters). */
export const TABLE_SHEETS: Record<ReportTable["key"], string> = {
  SELLER_DISTRICT: "区县成果输出",
  BUYER_DISTRICT: "区县成果吸纳",
  INSTITUTION: "高校院所",
  LAB: "重点实验室",
  CHAIN: "重点产业链",
};

function tableSheet(t: ReportTable): Sheet {
  const titles = onSiteTitles(t.key);
  return {
    name: TABLE_SHEETS[t.key],
    columns: [
      col("编号", undefined, 14),
      col("名称", undefined, 30),
      col("所属单位", undefined, 24),
      col("类别"),
      col("交易（笔）", INT),
      col("上年交易（笔）", INT),
      col("交易同比", PCT),
      col("金额（万元）", AMOUNT),
      col("上年金额（万元）", AMOUNT),
      col("金额同比", PCT),
      col(titles.deals, INT),
      col(titles.rate, PCT),
      col(`上年${titles.rate}`, PCT),
      col(`${titles.rate}变化（百分点）`, PCT),
      col("按金额比例", PCT),
      col("转化成果（项）", INT),
    ],
    rows: t.rows.map((r) => [
      r.id,
      r.name,
      r.parent?.name ?? null,
      kindName(r.kind),
      r.current.deals,
      r.previous?.deals ?? null,
      r.dealsChange,
      r.current.amount,
      r.previous?.amount ?? null,
      r.amountChange,
      r.current.onSiteDeals,
      r.current.rateByCount,
      r.previous?.rateByCount ?? null,
      r.rateChange,
      r.current.rateByAmount,
      r.current.resultsTransferred,
    ]),
  };
}

function flowSheet(name: string, f: Flows): Sheet {
  const node = new Map(f.nodes.map((n) => [n.key, n]));
  const label = (key: string) => {
    const n = node.get(key);
    if (!n) return key;
    if (n.kind === "OTHER") return `其他（${n.members} 个）`;
    return n.inChengdu === false ? `${n.name}（市外）` : n.name;
  };
  return {
    name,
    columns: [
      col("来源", undefined, 30),
      col("去向", undefined, 24),
      col("交易（笔）", INT),
      col("流量（笔，均分）", "0.00"),
      col("金额（万元）", AMOUNT),
    ],
    rows: f.links.map((l) => [label(l.source), label(l.target), l.deals, l.value, l.amount]),
  };
}

function rankingSheet(
  name: string,
  entries: { rank: number; id: string; name: string; score: number; breakdown: { key: string; points: number }[] }[],
): Sheet {
  const keys = [...new Set(entries.flatMap((e) => e.breakdown.map((b) => b.key)))];
  return {
    name,
    columns: [
      col("名次", INT),
      col("编号", undefined, 14),
      col("名称", undefined, 30),
      col("得分", "0.0"),
      ...keys.map((k) => col(COMPONENT_NAMES[k] ?? k, "0.0")),
    ],
    rows: entries.map((e) => [
      e.rank,
      e.id,
      e.name,
      e.score,
      ...keys.map((k) => e.breakdown.find((b) => b.key === k)?.points ?? 0),
    ]),
  };
}

export function reportSheets(r: AnnualReport): Sheet[] {
  const kpi = r.kpi.progress;
  const districts = [
    ...new Map(kpi.indicators.flatMap((k) => k.byDistrict.map((d) => [d.districtId, d.name] as const))).entries(),
  ];
  const sheets: Sheet[] = [
    {
      name: "概览",
      columns: [
        col("指标", undefined, 30),
        col(`${r.year} 年`, "#,##0.####"),
        col(`${r.year - 1} 年`, "#,##0.####"),
        col("变化", PCT),
      ],
      rows: r.headline.map((f) => [f.label, f.value, f.previous, f.change]),
    },
    {
      name: "规划指标",
      columns: [
        col("指标", undefined, 30),
        col("完成", INT),
        col("目标", INT),
        col("完成率", PCT),
        col("达到均摊目标的区县", INT),
        col("未达到的区县", INT),
        col("未归属区县", INT),
      ],
      rows: kpi.indicators.map((k) => [
        k.label,
        k.current,
        k.target,
        k.ratio,
        k.districtsAhead,
        k.districtsBehind,
        k.unassigned,
      ]),
    },
    {
      name: "规划指标分区县",
      columns: [
        col("区（市）县", undefined, 16),
        ...kpi.indicators.flatMap((k) => [col(k.label, INT), col(`${k.label}均摊目标`, "0.0")]),
      ],
      rows: districts.map(([id, name]) => [
        name,
        ...kpi.indicators.flatMap((k): Cell[] => {
          const d = k.byDistrict.find((x) => x.districtId === id);
          return [d?.value ?? 0, d?.target ?? null];
        }),
      ]),
    },
    ...r.tables.map(tableSheet),
    flowSheet("流向（区县）", r.flowsToDistricts),
    flowSheet("流向（产业链）", r.flowsToChains),
    {
      name: "在蓉转化率趋势",
      columns: [
        col("年份"),
        col("在蓉卖方交易（笔）", INT),
        col("在蓉转化（笔）", INT),
        col("在蓉转化率（笔数）", PCT),
        col("在蓉转化率（金额）", PCT),
      ],
      rows: r.trend.map((t) => [
        t.year,
        t.figures.deals,
        t.figures.onSiteDeals,
        t.figures.rateByCount,
        t.figures.rateByAmount,
      ]),
    },
    rankingSheet("十佳技术经纪人", r.rankings.brokers),
    rankingSheet("技术转移机构绩效", r.rankings.agencies),
    rankingSheet("十佳案例", r.rankings.cases),
    {
      name: "评选公式",
      columns: [col("评选", undefined, 30), col("公式", undefined, 120)],
      rows: r.rankings.formulas.map((f) => [f.title, f.formula]),
    },
    {
      name: "网络关键机构",
      columns: [
        col("编号", undefined, 14),
        col("名称", undefined, 30),
        col("类型"),
        col("合作伙伴数", INT),
        col("PageRank", "0.0000"),
        col("社区", INT),
      ],
      rows: r.network.keyOrganisations.map((o) => [o.id, o.name, o.type, o.degree, o.pagerank, o.community + 1]),
    },
    {
      name: "网络活跃中介",
      columns: [
        col("编号", undefined, 14),
        col("名称", undefined, 30),
        col("类型"),
        col("中介角色", INT),
        col("联络人", INT),
        col("守门人", INT),
      ],
      rows: r.network.intermediaries.map((i) => [i.id, i.name, i.type, i.roles, i.liaison, i.gatekeeper]),
    },
    {
      name: "数据覆盖",
      columns: [col("项目", undefined, 40), col("数量", INT), col("未计入 / 计入方式", undefined, 60)],
      rows: r.coverage.map((c) => [c.label, c.count, c.leftOutOf]),
    },
  ];
  if (r.network.gapChains)
    sheets.splice(sheets.length - 1, 0, {
      name: "联盟缺口产业链",
      columns: [col("产业链", undefined, 24), col("供给", INT), col("需求", INT), col("中介", INT), col("阈值", "0.0")],
      rows: r.network.gapChains.map((g) => [g.chainName, g.supply, g.demand, g.intermediaries, g.threshold]),
    });
  return sheets;
}
