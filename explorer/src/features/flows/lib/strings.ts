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
      only: "仅看",
      all: "全部",
      share: "在蓉转化占比：按笔数 {{count}}，按金额 {{amount}}（{{deals}} 笔交易）",
      noShare: "该时段没有流向区县的交易。",
      total: "共 {{deals}} 笔交易，{{amount}} 万元",
      empty: "该时段没有符合条件的成果流动。",
      in: "在蓉",
      out: "市外",
      tooltip: "{{from}} → {{to}}：{{deals}} 笔，{{amount}} 万元",
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
      only: "Only",
      all: "All",
      share: "Converted in Chengdu: {{count}} by count, {{amount}} by amount ({{deals}} deals)",
      noShare: "No deals to districts in this period.",
      total: "{{deals}} deals, {{amount}} 万元",
      empty: "No flows match in this period.",
      in: "in Chengdu",
      out: "outside",
      tooltip: "{{from}} → {{to}}: {{deals}} deals, {{amount}} 万元",
    },
  },
});
