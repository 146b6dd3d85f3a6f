/** Strings of the matching view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { matching: "需求匹配" },
    matching: {
      pick: "选择一项开放的企业技术需求，查看推荐的科技成果和技术经纪人",
      search: "搜索需求（名称、拼音首字母或编号）",
      change: "更换需求",
      notFound: "没有编号为 {{id}} 的需求。",
      results: "推荐成果",
      brokers: "推荐经纪人",
      score: "得分",
      none: "没有匹配的候选。",
      needs: "所需产业链",
      legend: "得分构成（满分 1）",
      components: {
        chainOverlap: "产业链吻合",
        textRelevance: "文本相关度",
        trl: "技术成熟度",
        availability: "可转化",
        sellerInChengdu: "卖方在蓉",
        specialty: "专业领域",
        trackRecord: "链上业绩",
        chengduDeals: "在蓉落地",
        title: "职称",
      },
    },
  },
  en: {
    views: { matching: "Matching" },
    matching: {
      pick: "Pick an open enterprise demand to see recommended results and brokers",
      search: "Search demands (name, pinyin initials or id)",
      change: "Change demand",
      notFound: "No demand has the id {{id}}.",
      results: "Recommended results",
      brokers: "Recommended brokers",
      score: "Score",
      none: "No matching candidates.",
      needs: "Chains needed",
      legend: "Score breakdown (out of 1)",
      components: {
        chainOverlap: "chain overlap",
        textRelevance: "text relevance",
        trl: "readiness (TRL)",
        availability: "available",
        sellerInChengdu: "seller in Chengdu",
        specialty: "specialty",
        trackRecord: "track record in chain",
        chengduDeals: "deals landed in Chengdu",
        title: "title",
      },
    },
  },
});
