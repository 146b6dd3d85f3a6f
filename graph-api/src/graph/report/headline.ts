/**
 * The white paper's headline figures: the year's deals, amount, results transferred, 在蓉转化率 by
 * count and amount, brokers, titled brokers, filed agencies and trainings, each beside the year
 * before. The conversion rates are `conversionRate`'s for the same years.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { ConversionFigures } from "../conversion/conversion.js";
import type { Period } from "../common/period.js";
import { pointChange, relativeChange } from "./change.js";
import type { FigureKind, ReportFigure } from "./report-types.js";

export interface HeadlineCounts {
  deals: number;
  amount: number;
  resultsTransferred: number;
  brokers: number;
  titledBrokers: number;
  brokersUndated: number;
  filedAgencies: number;
  filedAgenciesUndated: number;
  trainings: number;
}

export function readHeadlineCounts(rq: RequestContext, period: Period): Promise<HeadlineCounts> {
  return runQuery<HeadlineCounts & Record<string, unknown>>(rq, "report/headline-figures", {
    from: period.from,
    to: period.to,
  }).then((rows) => rows[0]!);
}

const FIGURES: {
  key: string;
  label: string;
  kind: FigureKind;
  read: (h: HeadlineCounts, c: ConversionFigures) => number | null;
}[] = [
  { key: "deals", label: "成果转化交易", kind: "COUNT", read: (h) => h.deals },
  { key: "amount", label: "成交金额（万元）", kind: "AMOUNT", read: (h) => h.amount },
  { key: "resultsTransferred", label: "转化科技成果", kind: "COUNT", read: (h) => h.resultsTransferred },
  { key: "rateByCount", label: "在蓉转化率（按笔数）", kind: "RATE", read: (_h, c) => c.rateByCount },
  { key: "rateByAmount", label: "在蓉转化率（按金额）", kind: "RATE", read: (_h, c) => c.rateByAmount },
  { key: "brokers", label: "登记技术经纪人（年末）", kind: "COUNT", read: (h) => h.brokers },
  { key: "titledBrokers", label: "中级及以上职称经纪人（年末）", kind: "COUNT", read: (h) => h.titledBrokers },
  { key: "filedAgencies", label: "备案技术转移机构（年末）", kind: "COUNT", read: (h) => h.filedAgencies },
  { key: "trainings", label: "实训活动", kind: "COUNT", read: (h) => h.trainings },
];

/** The headline figures of a year beside the year before. */
export function headlineFigures(
  current: { counts: HeadlineCounts; conversion: ConversionFigures },
  previous: { counts: HeadlineCounts; conversion: ConversionFigures },
): ReportFigure[] {
  return FIGURES.map((f) => {
    const value = f.read(current.counts, current.conversion);
    const before = f.read(previous.counts, previous.conversion);
    return {
      key: f.key,
      label: f.label,
      kind: f.kind,
      value,
      previous: before,
      change: f.kind === "RATE" ? pointChange(value, before) : relativeChange(value, before),
    };
  });
}
