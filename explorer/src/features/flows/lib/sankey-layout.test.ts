import { describe, expect, it } from "vitest";
import { chengduShare, sankeyPicture, type FlowsInput } from "./sankey-layout";

const flows: FlowsInput = {
  nodes: [
    { key: "src:I1", id: "I1", name: "电子科技大学", type: "Institution", side: "SOURCE", value: 4 },
    { key: "src:I2", id: "I2", name: "四川大学", type: "Institution", side: "SOURCE", value: 2 },
    { key: "dst:D1", id: "D1", name: "高新区", type: "District", side: "TARGET", value: 3 },
    { key: "dst:D2", id: "D2", name: "雁塔区", type: "District", side: "TARGET", value: 3 },
  ],
  links: [
    { source: "src:I1", target: "dst:D1", deals: 3, value: 3, amount: 300 },
    { source: "src:I1", target: "dst:D2", deals: 1, value: 1, amount: 100 },
    { source: "src:I2", target: "dst:D2", deals: 2, value: 2, amount: 0 },
  ],
};
const chengdu = new Set(["D1"]);

describe("sankeyPicture", () => {
  const pic = sankeyPicture(flows, chengdu, { width: 600, height: 300 });
  it("puts sources on the left and targets on the right", () => {
    const x = (k: string) => pic.nodes.find((n) => n.key === k)!.x0;
    expect(x("src:I1")).toBe(1);
    expect(x("src:I2")).toBe(1);
    expect(x("dst:D1")).toBe(600 - 1 - 14);
  });
  it("sizes nodes by their flow: I1 carries 4 of 6 units, twice I2's 2", () => {
    const h = (k: string) => {
      const n = pic.nodes.find((m) => m.key === k)!;
      return n.y1 - n.y0;
    };
    expect(h("src:I1") / h("src:I2")).toBeCloseTo(2, 5);
    expect(pic.nodes.find((n) => n.key === "src:I1")!.value).toBe(4);
  });
  it("draws one path per link, marked by where it lands", () => {
    expect(pic.links).toHaveLength(3);
    expect(pic.links.every((l) => l.path.startsWith("M"))).toBe(true);
    expect(pic.links.find((l) => l.target === "dst:D1")!.inChengdu).toBe(true);
    expect(pic.links.find((l) => l.source === "src:I2")!.inChengdu).toBe(false);
    expect(pic.nodes.find((n) => n.key === "src:I1")!.inChengdu).toBeNull();
  });
  it("leaves room for labels at both sides", () => {
    const framed = sankeyPicture(flows, chengdu, { width: 600, height: 300 }, 100);
    expect(framed.nodes.find((n) => n.key === "src:I1")!.x0).toBe(101);
    expect(framed.nodes.find((n) => n.key === "dst:D2")!.x1).toBe(499);
  });
  it("is empty without links", () => {
    expect(sankeyPicture({ nodes: flows.nodes, links: [] }, chengdu, { width: 600, height: 300 }).nodes).toEqual([]);
  });
});

describe("chengduShare", () => {
  it("is the share of flow value and amount landing in Chengdu districts", () => {
    // count: 3 of 6 land in D1 → 0.5; amount: 300 of 400 → 0.75
    expect(chengduShare(flows, chengdu)).toEqual({ byCount: 0.5, byAmount: 0.75, deals: 6 });
  });
  it("is null when nothing flows to a district", () => {
    expect(chengduShare({ nodes: [], links: [] }, chengdu)).toEqual({ byCount: null, byAmount: null, deals: 0 });
  });
});
