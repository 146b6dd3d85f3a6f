/** Strings of the export bar. */
import { registerTranslations } from "../i18n";

registerTranslations({
  zh: {
    export: {
      label: "导出",
      nothing: "没有可导出的内容",
      cols: {
        step: "步骤",
        date: "日期",
        id: "编号",
        name: "名称",
        type: "类型",
        community: "社区",
        pagerank: "PageRank",
        degree: "合作伙伴数",
        member: "联盟成员",
        gapDeals: "缺口交易",
        district: "区（市）县",
        target: "均摊目标",
        score: "得分",
        chain: "产业链",
        value: "数值",
      },
    },
  },
  en: {
    export: {
      label: "Export",
      nothing: "Nothing to export",
      cols: {
        step: "Step",
        date: "Date",
        id: "Id",
        name: "Name",
        type: "Type",
        community: "Community",
        pagerank: "PageRank",
        degree: "Partners",
        member: "Alliance member",
        gapDeals: "Gap deals",
        district: "District",
        target: "District share",
        score: "Score",
        chain: "Chain",
        value: "Value",
      },
    },
  },
});
