/** Strings of the partner-gaps view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { gaps: "合作缺口" },
    gaps: {
      title: "联盟合作缺口",
      alliance: "联盟",
      allAlliances: "全部联盟",
      matrix: "产业链 × 成员：成员在该链上办理了交易、但没有伙伴成员覆盖的交易笔数",
      member: "成员",
      partners: "伙伴",
      gapChain: "缺口链：有供给或需求，但中介不足",
      supply: "供给 {{n}}",
      demand: "需求 {{n}}",
      intermediaries: "中介 {{n}}",
      noGaps: "没有成员存在未覆盖的产业链。",
      suggestions: "推荐合作伙伴：{{name}}",
      pickMember: "点击成员名称，查看推荐的合作伙伴及理由。",
      noSuggestions: "暂无推荐。",
      member_yes: "联盟成员",
      score: "得分",
      parts: {
        sharedChains: "共同产业链 {{value}} 条 × 权重 {{weight}} = {{points}} 分",
        complementary: "供需互补产业链 {{value}} 条 × 权重 {{weight}} = {{points}} 分",
        commonNeighbours: "共同合作伙伴 {{value}} 家 × 权重 {{weight}} = {{points}} 分",
        geography: "地理邻近 {{value}}（同区 1，同在成都 0.5）× 权重 {{weight}} = {{points}} 分",
        other: "其他 {{value}} × 权重 {{weight}} = {{points}} 分",
      },
      close: "关闭",
      total: "有缺口的成员共 {{total}} 家，显示第 {{from}}–{{to}} 家",
      totalCapped:
        "有缺口的成员至少 {{total}} 家（接口每次最多返回 {{total}} 家，可能还有更多），显示第 {{from}}–{{to}} 家",
    },
  },
  en: {
    views: { gaps: "Partner gaps" },
    gaps: {
      title: "Alliance partner gaps",
      alliance: "Alliance",
      allAlliances: "All alliances",
      matrix: "Chain × member: deals a member handled in a chain no partner member covers",
      member: "Member",
      partners: "partners",
      gapChain: "Gap chain: supply or demand but too few intermediaries",
      supply: "supply {{n}}",
      demand: "demand {{n}}",
      intermediaries: "intermediaries {{n}}",
      noGaps: "No member has uncovered chains.",
      suggestions: "Suggested partners for {{name}}",
      pickMember: "Click a member to see suggested partners and why.",
      noSuggestions: "No suggestions.",
      member_yes: "alliance member",
      score: "Score",
      parts: {
        sharedChains: "{{value}} chains in common × weight {{weight}} = {{points}} points",
        complementary: "{{value}} chains where supply meets demand × weight {{weight}} = {{points}} points",
        commonNeighbours: "{{value}} partners in common × weight {{weight}} = {{points}} points",
        geography: "nearness {{value}} (same district 1, both in Chengdu 0.5) × weight {{weight}} = {{points}} points",
        other: "other {{value}} × weight {{weight}} = {{points}} points",
      },
      close: "Close",
      total: "{{total}} members with gaps, showing {{from}}–{{to}}",
      totalCapped:
        "At least {{total}} members with gaps (the API returns at most {{total}} at a time; there may be more), showing {{from}}–{{to}}",
    },
  },
});
