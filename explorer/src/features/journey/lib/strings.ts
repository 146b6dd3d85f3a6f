/** Strings of the result-journey view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { journey: "成果轨迹" },
    journey: {
      pick: "选择一项科技成果，查看它从研发到转化落地的轨迹",
      search: "按名称、拼音首字母或编号搜索成果",
      change: "更换成果",
      notFound: "没有编号为 {{id}} 的科技成果。",
      summary: "{{deals}} 笔交易，其中 {{inChengdu}} 笔买方在成都",
      timeline: "时间线",
      noDeals: "该成果尚无转化交易。",
      columns: {
        institution: "高校院所",
        developer: "实验室/研发方",
        result: "成果",
        event: "活动/平台",
        intermediary: "经纪人/机构",
        deal: "交易",
        buyer: "买方企业",
        place: "所在区县/产业链",
      },
      steps: { DEVELOPED: "研发", PILOTED: "中试", PRESENTED: "路演/对接", DEAL: "签约" },
      legendIn: "在蓉",
      legendOut: "市外",
    },
  },
  en: {
    views: { journey: "Result journey" },
    journey: {
      pick: "Pick a research result to see its journey from development to conversion",
      search: "Search results by name, pinyin initials or id",
      change: "Change result",
      notFound: "No research result has the id {{id}}.",
      summary: "{{deals}} deals, {{inChengdu}} with a buyer in Chengdu",
      timeline: "Timeline",
      noDeals: "This result has no deals yet.",
      columns: {
        institution: "Institution",
        developer: "Lab / developer",
        result: "Result",
        event: "Events / platforms",
        intermediary: "Brokers / agencies",
        deal: "Deals",
        buyer: "Buyer",
        place: "District / chain",
      },
      steps: { DEVELOPED: "Developed", PILOTED: "Piloted", PRESENTED: "Presented", DEAL: "Deal signed" },
      legendIn: "in Chengdu",
      legendOut: "outside",
    },
  },
});
