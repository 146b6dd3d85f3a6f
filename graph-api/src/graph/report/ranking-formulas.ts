/**
 * The published formulas of the 十佳 rankings, in the words of the white paper (the weights and
 * normalisations are those of rankings/scoring.ts), and Chinese names of their components.
 */
import { TRAINING_HOURS_CAP } from "../rankings/scoring.js";
import type { RankingFormula } from "./report-types.js";

export const RANKING_FORMULAS: RankingFormula[] = [
  {
    ranking: "BROKERS",
    title: "十佳技术经纪(经理)人",
    formula:
      "得分（0–100）= 40 × 成交笔数 / 最佳者 + 30 × 成交金额 / 最佳者 + 20 × 在蓉成交占比 + " +
      `10 × min(1, 年度实训学时 / ${TRAINING_HOURS_CAP})；牵头计 1 笔、协助计 0.5 笔；同分按成交笔数、编号排序。`,
  },
  {
    ranking: "AGENCIES",
    title: "技术转移机构服务绩效（含在蓉服务）",
    formula:
      "得分（0–100）= 40 × 服务交易笔数 / 最佳者 + 30 × 服务金额 / 最佳者 + 20 × 买方在蓉的交易占比 + " +
      "10 × 服务产业链数 / 最佳者；同分按交易笔数、编号排序。",
  },
  {
    ranking: "CASES",
    title: "十佳技术转移案例",
    formula:
      "得分（0–100）= 50 × 金额 / 年度最大金额 + 20 × 买方在蓉 + 10 × 响应企业需求 + 10 × 有经纪人参与 + " +
      "10 × 成果最高技术成熟度 / 9；同分按金额、编号排序。",
  },
];

/** Chinese names of the score components by key. */
export const COMPONENT_NAMES: Record<string, string> = {
  deals: "成交笔数",
  amount: "金额",
  onSite: "在蓉",
  training: "实训",
  chains: "产业链",
  demand: "响应需求",
  brokered: "经纪人参与",
  trl: "技术成熟度",
};
