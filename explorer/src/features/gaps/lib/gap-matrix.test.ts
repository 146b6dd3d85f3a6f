import { describe, expect, it } from "vitest";
import { cellColor, gapMatrix, type ChainGapInput, type MemberGapInput } from "./gap-matrix";

const chain = (id: string, name: string, gap: boolean, pressure: number): ChainGapInput => ({
  chainId: id,
  chainName: name,
  availableResults: 3,
  labs: 1,
  openDemands: 2,
  enterprises: 5,
  intermediaries: gap ? 0 : 4,
  gap,
  pressure,
});

const chains = [
  chain("C1", "新型显示", false, 2),
  chain("C2", "卫星互联网", true, 22),
  chain("C3", "人工智能", true, 30),
];
const members: MemberGapInput[] = [
  {
    memberId: "M1",
    memberName: "甲机构",
    memberType: "Agency",
    handledChains: 3,
    partners: 2,
    uncoveredChains: [{ chainId: "C2", chainName: "卫星互联网", deals: 2 }],
  },
  {
    memberId: "M2",
    memberName: "乙大学",
    memberType: "Institution",
    handledChains: 4,
    partners: 1,
    uncoveredChains: [
      { chainId: "C3", chainName: "人工智能", deals: 6 },
      { chainId: "C9", chainName: "轨道交通", deals: 1 },
    ],
  },
];

describe("gapMatrix", () => {
  const m = gapMatrix(chains, members);
  it("orders chains: gaps first by pressure, then the rest; unknown uncovered chains get a column", () => {
    expect(m.columns.map((c) => c.chainId)).toEqual(["C3", "C2", "C1", "C9"]);
    expect(m.columns[0]).toMatchObject({ supply: 4, demand: 7, intermediaries: 0, gap: true });
  });
  it("puts each member's uncovered deals in its chain's cell, members with most first", () => {
    expect(m.rows.map((r) => [r.memberId, r.total])).toEqual([
      ["M2", 7],
      ["M1", 2],
    ]);
    expect(m.rows[0]?.cells).toEqual({ C3: 6, C9: 1 });
    expect(m.rows[1]?.cells.C1).toBeUndefined();
    expect(m.max).toBe(6);
  });
});

describe("gapMatrix with a member of two alliances", () => {
  it("shows the member once, with the larger figure per chain", () => {
    const twice = gapMatrix(chains, [
      members[0]!,
      {
        ...members[0]!,
        partners: 5,
        uncoveredChains: [
          { chainId: "C2", chainName: "卫星互联网", deals: 1 },
          { chainId: "C1", chainName: "新型显示", deals: 3 },
        ],
      },
    ]);
    expect(twice.rows).toHaveLength(1);
    expect(twice.rows[0]).toMatchObject({ partners: 5, cells: { C2: 2, C1: 3 }, total: 5 });
  });
});

describe("cellColor", () => {
  it("is transparent for no deals and strongest at the maximum", () => {
    expect(cellColor(0, 6)).toBe("transparent");
    expect(cellColor(6, 6)).toBe("rgba(214, 39, 40, 1.00)");
    // 3 of 6: 0.2 + 0.8 × 0.5 = 0.6
    expect(cellColor(3, 6)).toBe("rgba(214, 39, 40, 0.60)");
  });
});
