/** Strings of the flows view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { flows: "成果流向" },
    flows: {
      title: "成果流向",
      source: "来源",
      target: "去向",
      sources: { INSTITUTION: "高校院所/卖方", DISTRICT: "卖方所在区县", CHAIN: "成果所属产业链" },
      targets: { DISTRICT: "买方所在区县", CHAIN: "买方所属产业链" },
      nodes: "单独列出",
      all: "全部",
      share: "在蓉转化率：按笔数 {{count}}，按金额 {{amount}}（卖方在蓉的 {{deals}} 笔交易）",
      noShare: "该时段没有卖方在蓉的交易。",
      total: "图中共 {{deals}} 笔交易，{{amount}} 万元（其中“其他” {{other}} 笔，“未定位” {{unplaced}} 笔）",
      coverage:
        "本时段 {{period}} 笔交易：卖方在市外 {{outside}} 笔、卖方无法定位 {{unplaced}} 笔不计入在蓉转化率；买方无区县 {{buyer}} 笔按非在蓉计。",
      empty: "该时段没有交易。",
      in: "在蓉",
      out: "市外",
      other: "其他 {{n}} 个",
      unplaced: "未定位",
      tooltip: "{{from}} → {{to}}：{{deals}} 笔，{{amount}} 万元",
      table: { from: "来源", to: "去向", deals: "交易（笔）", value: "流量（笔，均分）", amount: "金额（万元）" },
      tableTitle: "流向明细",
    },
  },
  en: {
    views: { flows: "Flows" },
    flows: {
      title: "Where results landed",
      source: "From",
      target: "To",
      sources: { INSTITUTION: "Institution / seller", DISTRICT: "Seller's district", CHAIN: "Result's chain" },
      targets: { DISTRICT: "Buyer's district", CHAIN: "Buyer's chain" },
      nodes: "Named",
      all: "All",
      share: "On-site conversion: {{count}} by count, {{amount}} by amount ({{deals}} deals with a Chengdu seller)",
      noShare: "No deals with a Chengdu seller in this period.",
      total: "{{deals}} deals, {{amount}} 万元 drawn ({{other}} in “other”, {{unplaced}} unplaced)",
      coverage:
        "{{period}} deals in this period: {{outside}} with a seller outside Chengdu and {{unplaced}} with an unplaced seller are not in the rate; {{buyer}} with a buyer without district count as not on-site.",
      empty: "No deals in this period.",
      in: "in Chengdu",
      out: "outside",
      other: "{{n}} others",
      unplaced: "unplaced",
      tooltip: "{{from}} → {{to}}: {{deals}} deals, {{amount}} 万元",
      table: { from: "From", to: "To", deals: "Deals", value: "Flow (deals, split)", amount: "Amount (万元)" },
      tableTitle: "Flow details",
    },
  },
});
