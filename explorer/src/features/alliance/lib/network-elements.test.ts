import { describe, expect, it } from "vitest";
import { COMMUNITY_PALETTE } from "../../../canvas-model/measures";
import { MAX_SIZE, MIN_SIZE, networkElements, scaledSize, type NetworkInput } from "./network-elements";

const net: NetworkInput = {
  nodes: [
    {
      id: "A",
      name: "成都峰科技术转移有限公司",
      type: "Agency",
      inChengdu: true,
      degree: 10,
      pagerank: 0.4,
      betweenness: 0.5,
      community: 0,
    },
    {
      id: "B",
      name: "四川大学",
      type: "Institution",
      inChengdu: true,
      degree: 4,
      pagerank: 0.1,
      betweenness: 0,
      community: 1,
    },
    {
      id: "C",
      name: "西安某公司",
      type: "Enterprise",
      inChengdu: false,
      degree: 1,
      pagerank: 0.2,
      betweenness: 0.125,
      community: 11,
    },
  ],
  edges: [
    { source: "A", target: "B", weight: 10 },
    { source: "A", target: "C", weight: 2 },
    { source: "A", target: "Z", weight: 1 }, // Z is not shown: the tie is dropped
  ],
};

describe("networkElements", () => {
  const els = networkElements(net, { sizeBy: "betweenness", members: new Set(["A", "B"]), gaps: new Map([["A", 7]]) });
  const node = (id: string) => els.find((e) => e.data.id === id)!;

  it("colours by community, cycling the palette", () => {
    expect(node("A").data.color).toBe(COMMUNITY_PALETTE[0]);
    expect(node("C").data.color).toBe(COMMUNITY_PALETTE[11 % COMMUNITY_PALETTE.length]);
  });

  it("sizes by the chosen centrality: largest MAX, smallest MIN, area tracking the value", () => {
    expect(node("A").data.size).toBe(MAX_SIZE);
    expect(node("B").data.size).toBe(MIN_SIZE);
    // 0.125 of the range 0..0.5 is a quarter: sqrt(0.25) = 0.5 → 16 + 54 × 0.5 = 43
    expect(node("C").data.size).toBe(43);
    expect(scaledSize(3, 3, 3)).toBe(43); // no spread: middle size
  });

  it("marks members, members with gaps and organisations outside Chengdu", () => {
    expect(node("A").classes).toEqual(["member", "gap"]);
    expect(node("B").classes).toEqual(["member"]);
    expect(node("C").classes).toEqual(["outside"]);
    expect(node("A").data.gapDeals).toBe(7);
  });

  it("keeps ties between shown nodes, as wide as their share of the heaviest tie", () => {
    const ties = els.filter((e) => e.group === "edges");
    expect(ties.map((e) => e.data.id)).toEqual(["A|TIE|B", "A|TIE|C"]);
    // 1 + round(5 × 10/10) = 6; 1 + round(5 × 2/10) = 2
    expect(ties.map((e) => e.data.width)).toEqual([6, 2]);
  });
});
