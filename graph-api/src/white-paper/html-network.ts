/** Section 6: the network in one page — key organisations and brokers, communities, gap chains. */
import type { AnnualReport } from "../graph/report/report-types.js";
import { esc, whole } from "./format.js";
import { htmlTable } from "./html-table.js";

const TYPE_NAMES: Record<string, string> = {
  Institution: "高校院所",
  Lab: "实验室",
  Enterprise: "企业",
  Agency: "技术转移机构",
  Broker: "技术经纪人",
};

export function networkSection(r: AnnualReport): string {
  const n = r.network;
  const orgs = htmlTable(
    "NETWORK_ORGS",
    [
      { title: "机构", text: (o: (typeof n.keyOrganisations)[number]) => o.name },
      { title: "类型", text: (o) => TYPE_NAMES[o.type] ?? o.type },
      { title: "合作伙伴数", text: (o) => whole(o.degree), sort: (o) => o.degree },
      { title: "PageRank", text: (o) => o.pagerank.toFixed(4), sort: (o) => o.pagerank },
      { title: "社区", text: (o) => String(o.community + 1), sort: (o) => o.community },
    ],
    n.keyOrganisations,
  );
  const brokers = htmlTable(
    "NETWORK_BROKERS",
    [
      { title: "经纪人 / 机构", text: (i: (typeof n.intermediaries)[number]) => i.name },
      { title: "类型", text: (i) => TYPE_NAMES[i.type] ?? i.type },
      { title: "中介角色（对）", text: (i) => whole(i.roles), sort: (i) => i.roles },
      { title: "其中联络人", text: (i) => whole(i.liaison), sort: (i) => i.liaison },
      { title: "其中守门人", text: (i) => whole(i.gatekeeper), sort: (i) => i.gatekeeper },
    ],
    n.intermediaries,
  );
  const communities = n.communities
    .map((c) => `<li>社区 ${c.id + 1}（${whole(c.size)} 个机构）：${esc(c.members.join("、"))}</li>`)
    .join("\n");
  const gaps =
    n.gapChains === null
      ? `<p class="note">联盟合作缺口属联盟内部数据，需 alliance 角色查看。</p>`
      : n.gapChains.length === 0
        ? `<p class="note">本年度没有缺口产业链。</p>`
        : `<ul class="gaps">${n.gapChains
            .map(
              (g) =>
                `<li><strong>${esc(g.chainName)}</strong>：供给 ${whole(g.supply)}、需求 ${whole(g.demand)}，中介仅 ${whole(g.intermediaries)}（阈值 ${g.threshold.toFixed(1)}）</li>`,
            )
            .join("\n")}</ul>`;
  const state =
    n.status === "COMPUTING"
      ? `<p class="note warn">网络分析尚在计算中（图版本 ${n.graphVersion}），本页暂无数据；稍后重新生成本报告。</p>`
      : n.status === "STALE"
        ? `<p class="note warn">以下网络数据来自较早的图版本 ${n.graphVersion}，新数据正在计算。</p>`
        : "";
  return `<section id="network" class="section section--page">
<h2>六、技术转移网络</h2>
${state}<p class="note">本年度合作网络：${whole(n.organisations)} 个机构、${whole(n.ties)} 条合作关系（同一交易的卖方、买方、服务机构与经纪人所在单位相连），${whole(n.communityCount)} 个社区（Louvain）。</p>
<h3>6.1 关键机构（PageRank 前 ${n.keyOrganisations.length}）</h3>
${orgs}
<h3>6.2 活跃中介（经纪人与机构）</h3>
${brokers}
<h3>6.3 主要社区（最大的 ${n.communities.length} 个，共 ${whole(n.communityCount)} 个；编号同 6.1）</h3>
<ul class="communities">${communities}</ul>
<h3>6.4 联盟合作缺口产业链</h3>
${gaps}
</section>`;
}
