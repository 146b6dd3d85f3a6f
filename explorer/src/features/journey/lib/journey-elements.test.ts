import { describe, expect, it } from "vitest";
import { COLUMN_WIDTH, ROW_HEIGHT, defaultGrouping, journeyElements, type JourneyInput } from "./journey-elements";

const labels = {
  rel: (t: string) => `rel:${t}`,
  role: (r: string) => (r === "LEAD" ? "牵头" : "协助"),
  dealKind: (k: string) => `kind:${k}`,
};

const journey: JourneyInput = {
  result: { id: "RES-1", name: "一种柔性显示面板", type: "Result" },
  developers: [
    {
      developer: { id: "LAB-1", name: "显示实验室", type: "Lab" },
      institution: { id: "INS-1", name: "电子科技大学", type: "Institution" },
    },
  ],
  events: [{ id: "EVT-1", name: "校企双进对接会", date: "2024-03-01" }],
  platforms: [],
  deals: [
    {
      id: "DEL-1",
      name: "许可",
      kind: "LICENSE",
      signedOn: "2024-05-01",
      amount: 12.5,
      brokers: [
        { broker: { id: "BRK-1" }, name: "张三", role: "LEAD" },
        { broker: { id: "BRK-2" }, name: "李四", role: "SUPPORT" },
      ],
      agencies: [{ id: "AGY-1", name: "技术转移中心", type: "Agency" }],
      buyer: { id: "ENT-1", name: "成都某公司", type: "Enterprise" },
      buyerDistrict: { id: "DIS-1", name: "高新区", type: "District" },
      buyerInChengdu: true,
      buyerChains: [{ id: "CHN-1", name: "新型显示", type: "IndustryChain" }],
      originatedAt: [{ id: "EVT-1", name: "校企双进对接会", type: "Event" }],
    },
    {
      id: "DEL-2",
      name: "转让",
      kind: "TRANSFER",
      signedOn: "2025-01-02",
      amount: null,
      brokers: [{ broker: { id: "BRK-1" }, name: "张三", role: "LEAD" }],
      agencies: [],
      buyer: { id: "ENT-2", name: "西安某公司", type: "Enterprise" },
      buyerDistrict: { id: "DIS-9", name: "雁塔区", type: "District" },
      buyerInChengdu: false,
      buyerChains: [],
      originatedAt: [],
    },
  ],
};

describe("journeyElements", () => {
  const pic = journeyElements(journey, labels);
  const node = (id: string) => pic.elements.find((e) => e.group === "nodes" && e.data.id === id);
  const edgeIds = pic.elements.filter((e) => e.group === "edges").map((e) => e.data.id);

  it("puts each kind of node in its column, left to right", () => {
    // institution, developer, result, event, intermediary, deal, buyer, place: all 8 used
    expect(pic.columns.map((c) => c.column)).toEqual([
      "institution",
      "developer",
      "result",
      "event",
      "intermediary",
      "deal",
      "buyer",
      "place",
    ]);
    expect(node("INS-1")?.position?.x).toBe(0);
    expect(node("LAB-1")?.position?.x).toBe(COLUMN_WIDTH);
    expect(node("RES-1")?.position?.x).toBe(2 * COLUMN_WIDTH);
    expect(node("EVT-1")?.position?.x).toBe(3 * COLUMN_WIDTH);
    expect(node("BRK-2")?.position?.x).toBe(4 * COLUMN_WIDTH);
    expect(node("DEL-2")?.position?.x).toBe(5 * COLUMN_WIDTH);
    expect(node("ENT-2")?.position?.x).toBe(6 * COLUMN_WIDTH);
    expect(node("CHN-1")?.position?.x).toBe(7 * COLUMN_WIDTH);
  });

  it("stacks a column centred on y = 0 in order of appearance (deals by date)", () => {
    // intermediary column: BRK-1, BRK-2, AGY-1 → rows -1, 0, +1
    expect([node("BRK-1"), node("BRK-2"), node("AGY-1")].map((n) => n?.position?.y)).toEqual([
      -ROW_HEIGHT,
      0,
      ROW_HEIGHT,
    ]);
    // deal column: DEL-1 above DEL-2 → -0.5 and +0.5 rows
    expect(node("DEL-1")?.position?.y).toBe(-ROW_HEIGHT / 2);
    expect(node("DEL-2")?.position?.y).toBe(ROW_HEIGHT / 2);
  });

  it("keeps a broker of two deals once, with one edge per deal and the role in the label", () => {
    expect(pic.elements.filter((e) => e.data.id === "BRK-1")).toHaveLength(1);
    expect(edgeIds).toContain("BRK-1|BROKERED|DEL-1");
    expect(edgeIds).toContain("BRK-1|BROKERED|DEL-2");
    const lead = pic.elements.find((e) => e.data.id === "BRK-1|BROKERED|DEL-1");
    expect(lead?.data.label).toBe("rel:BROKERED·牵头");
    expect(lead?.classes).toEqual(["lead"]);
  });

  it("links the whole chain from institution to the buyer's district and chains", () => {
    for (const id of [
      "INS-1|PART_OF|LAB-1",
      "LAB-1|DEVELOPED|RES-1",
      "RES-1|PRESENTED_AT|EVT-1",
      "EVT-1|ORIGINATED_AT|DEL-1",
      "RES-1|TRANSFERS|DEL-1",
      "AGY-1|SERVED|DEL-1",
      "DEL-1|BUYER|ENT-1",
      "ENT-1|LOCATED_IN|DIS-1",
      "ENT-1|IN_CHAIN|CHN-1",
    ]) {
      expect(edgeIds).toContain(id);
    }
    // nodes: INS, LAB, RES, EVT, BRK-1, BRK-2, AGY, DEL-1, DEL-2, ENT-1, ENT-2, DIS-1, DIS-9, CHN-1 = 14
    expect(pic.elements.filter((e) => e.group === "nodes")).toHaveLength(14);
    // edges: PART_OF, DEVELOPED, PRESENTED_AT = 3; DEL-1: TRANSFERS, ORIGINATED_AT, 2×BROKERED,
    // SERVED, BUYER, LOCATED_IN, IN_CHAIN = 8; DEL-2: TRANSFERS, BROKERED, BUYER, LOCATED_IN = 4
    expect(edgeIds).toHaveLength(15);
  });

  it("marks buyers and districts in or outside Chengdu, and labels deals by kind, date and amount", () => {
    expect(node("DIS-1")?.classes).toEqual(["in-chengdu"]);
    expect(node("ENT-2")?.classes).toEqual(["outside"]);
    expect(node("DEL-1")?.data.label).toBe("kind:LICENSE\n2024-05-01 · 12.5万元");
    expect(node("DEL-2")?.data.label).toBe("kind:TRANSFER\n2025-01-02");
  });

  it("places an institution that developed the result itself in the institution column", () => {
    const own = journeyElements(
      {
        ...journey,
        developers: [
          {
            developer: { id: "INS-7", name: "四川大学", type: "Institution" },
            institution: { id: "INS-7", name: "四川大学", type: "Institution" },
          },
        ],
        events: [],
        deals: [],
      },
      labels,
    );
    expect(own.columns.map((c) => c.column)).toEqual(["institution", "result"]);
    expect(own.elements.filter((e) => e.group === "edges").map((e) => e.data.id)).toEqual(["INS-7|DEVELOPED|RES-1"]);
  });
});

describe("a busy journey, grouped", () => {
  const deal = (i: number, year: number, district: string): JourneyInput["deals"][number] => ({
    id: `DEL-${i}`,
    name: `交易${i}`,
    kind: "TRANSFER",
    signedOn: `${year}-0${(i % 9) + 1}-01`,
    amount: 10,
    brokers: [{ broker: { id: `BRK-${i % 3}` }, name: `经纪人${i % 3}`, role: i % 2 ? "LEAD" : "SUPPORT" }],
    agencies: [],
    buyer: { id: `ENT-${i}`, name: `企业${i}`, type: "Enterprise" },
    buyerDistrict: { id: district, name: district === "D1" ? "高新区" : "锦江区", type: "District" },
    buyerInChengdu: true,
    buyerChains: [],
    originatedAt: [],
  });
  const busy: JourneyInput = {
    ...journey,
    deals: Array.from({ length: 12 }, (_, i) => deal(i, i < 5 ? 2022 : 2023, i % 4 ? "D1" : "D2")),
  };
  const nodeIds = (p: ReturnType<typeof journeyElements>) =>
    p.elements.filter((e) => e.group === "nodes").map((e) => String(e.data.id));

  it("draws one node per year with its deals, buyers and amount, and no buyer column", () => {
    const p = journeyElements(busy, { ...labels, group: (k, d, b, a) => `${k}|${d}|${b}|${a}` }, "year");
    const groups = p.elements.filter((e) => e.classes?.includes("deal-group"));
    expect(groups.map((g) => g.data.label)).toEqual(["2022|5|5|50", "2023|7|7|70"]);
    expect(p.columns.map((c) => c.column)).not.toContain("buyer");
    expect(nodeIds(p).filter((id) => id.startsWith("BRK-"))).toHaveLength(3);
    expect(nodeIds(p).length).toBeLessThan(nodeIds(journeyElements(busy, labels)).length / 2);
  });

  it("groups by buyer district, biggest first, and opens grouped when busy", () => {
    const p = journeyElements(busy, labels, "district");
    expect(p.elements.filter((e) => e.classes?.includes("deal-group")).map((g) => g.data.id)).toEqual([
      "deals:district:D1",
      "deals:district:D2",
    ]);
    expect(defaultGrouping(12)).toBe("year");
    expect(defaultGrouping(3)).toBe("none");
  });
});
