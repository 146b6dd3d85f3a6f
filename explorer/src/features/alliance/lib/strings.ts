/** Strings of the alliance-network view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { alliance: "联盟网络" },
    alliance: {
      title: "联盟合作网络",
      modeCommunities: "按社区",
      modeOrgs: "全部机构",
      communityLabel: "#{{id}} {{biggest}} 等 {{size}} 家",
      communityHint: "每个圆代表一个合作社区（大小 = 机构数，标注其影响力最大的机构）；点击社区展开其机构。",
      communityOpen: "已展开社区 #{{id}}（显示影响力前 {{shown}} 个机构）；点击其他社区切换。",
      legendOrgs: "节点大小 = {{measure}}（显示范围）",
      legendCommunities: "节点大小 = 社区机构数",
      alliance: "联盟",
      sizeBy: "节点大小",
      sizes: { pagerank: "PageRank 中心性", betweenness: "中介中心性", degree: "度数" },
      stats:
        "{{nodes}} 个机构（显示前 {{shown}} 个），{{edges}} 条合作关系，{{communities}} 个社区，模块度 {{modularity}}",
      statsCommunities: "{{nodes}} 个机构，{{edges}} 条合作关系，{{communities}} 个社区，模块度 {{modularity}}",
      communities: "社区（颜色）",
      members: "{{n}} 个联盟成员（深色描边）",
      membersShown: "联盟共 {{n}} 个成员，图中 {{shown}} 个（深色描边）",
      gapMembers: "存在合作缺口的成员（红色双线）",
      gapDeals: "{{n}} 笔未覆盖交易",
      noGapsAuth: "登录联盟账号后可标出合作缺口。",
      empty: "该时段没有合作关系。",
      computing: "正在计算网络指标（{{phase}}，{{done}}/{{total}}），完成后自动显示……",
      stale: "显示的是上一版数据的结果，新数据的网络指标正在计算。",
    },
  },
  en: {
    views: { alliance: "Alliance network" },
    alliance: {
      title: "Alliance collaboration network",
      modeCommunities: "By community",
      modeOrgs: "All organisations",
      communityLabel: "#{{id}} {{biggest}} and {{size}} in all",
      communityHint:
        "Each circle is a collaboration community (size = organisations; named after its most influential one); click one to open it.",
      communityOpen: "Community #{{id}} open (its top {{shown}} organisations by influence); click another to switch.",
      legendOrgs: "Node size = {{measure}} (range shown)",
      legendCommunities: "Node size = organisations in the community",
      alliance: "Alliance",
      sizeBy: "Size by",
      sizes: { pagerank: "PageRank", betweenness: "betweenness", degree: "degree" },
      stats:
        "{{nodes}} organisations (top {{shown}} shown), {{edges}} ties, {{communities}} communities, modularity {{modularity}}",
      statsCommunities:
        "{{nodes}} organisations, {{edges}} ties, {{communities}} communities, modularity {{modularity}}",
      communities: "Communities (colour)",
      members: "{{n}} alliance members (dark outline)",
      membersShown: "{{n}} alliance members, {{shown}} of them in the picture (dark outline)",
      gapMembers: "Members with partner gaps (red double outline)",
      gapDeals: "{{n}} uncovered deals",
      noGapsAuth: "Sign in with an alliance token to highlight partner gaps.",
      empty: "No collaboration in this period.",
      computing: "Computing the network figures ({{phase}}, {{done}}/{{total}}); they appear when done…",
      stale: "Showing the previous data's results while the network figures of the new data are computed.",
    },
  },
});
