import { describe, expect, it } from "vitest";
import { communityElements, communityNodeId, type CommunityLabelParts } from "./community-elements";
import { MAX_SIZE, MIN_SIZE } from "./network-elements";

const input = {
  communities: [
    { id: 0, size: 40, topMembers: [{ id: "A", name: "成都峰科技术转移有限公司" }], dominantChains: [] },
    {
      id: 1,
      size: 10,
      topMembers: [{ id: "B", name: "四川大学" }],
      dominantChains: [
        { name: "电子信息", share: 0.456 },
        { name: "人工智能", share: 0.2 },
        { name: "轨道交通", share: 0.1 },
      ],
    },
    { id: 2, size: 4, topMembers: [{ id: "C", name: "某公司" }], dominantChains: [] },
  ],
  nodes: [
    { id: "A", community: 0 },
    { id: "A2", community: 0 },
    { id: "B", community: 1 },
    { id: "C", community: 2 },
  ],
  edges: [
    { source: "A", target: "B", weight: 3 },
    { source: "A2", target: "B", weight: 5 },
    { source: "A", target: "A2", weight: 9 }, // inside community 0: no community tie
    { source: "B", target: "C", weight: 2 },
  ],
};
const label = (c: CommunityLabelParts) => `#${c.id} ${c.chains} | ${c.biggest} (${c.size})`;

describe("communityElements", () => {
  it("draws one node per community, the biggest community biggest, labelled by its two dominant chains and biggest member", () => {
    const els = communityElements(input, { label });
    const nodes = els.filter((e) => e.group === "nodes");
    expect(nodes.map((n) => n.data.id)).toEqual([0, 1, 2].map(communityNodeId));
    expect(nodes[0]!.data.size).toBe(MAX_SIZE);
    expect(nodes[2]!.data.size).toBe(MIN_SIZE);
    expect(nodes[1]!.data.label).toBe("#1 电子信息 46% · 人工智能 20% | 四川大学 (10)");
    expect(nodes[2]!.data.label).toBe("#2  | 某公司 (4)");
  });

  it("sums the ties between communities and drops the ties inside one", () => {
    const edges = communityElements(input, { label }).filter((e) => e.group === "edges");
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.weight])).toEqual([
      [communityNodeId(0), communityNodeId(1), 8],
      [communityNodeId(1), communityNodeId(2), 2],
    ]);
  });

  it("leaves out the open community (its organisations are drawn instead) and its ties", () => {
    const els = communityElements(input, { open: 1, label });
    expect(els.filter((e) => e.group === "nodes").map((n) => n.data.id)).toEqual([0, 2].map(communityNodeId));
    expect(els.filter((e) => e.group === "edges")).toEqual([]);
  });
});
