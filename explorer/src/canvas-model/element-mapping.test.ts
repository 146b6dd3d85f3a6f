import { describe, expect, it } from "vitest";
import { addSubgraph, EMPTY_CANVAS, hideNodes, setPinned } from "./canvas-state";
import { shortLabel, toElements } from "./element-mapping";
import { EMPTY_FILTERS } from "./filters";
import {
  COMMUNITY_PALETTE,
  DEFAULT_SIZE,
  MAX_SIZE,
  MIN_SIZE,
  NO_VALUE_COLOR,
  measureScale,
  nodeVisuals,
} from "./measures";
import { TYPE_STYLES } from "./node-styles";
import { edge, node } from "./test-nodes";

const state = addSubgraph(EMPTY_CANVAS, {
  nodes: [
    node("B1", "Broker", { degree: 4 }),
    node("D1", "Deal", { degree: 9, amount: 100, year: 2024, districtId: "X", properties: { kind: "TRANSFER" } }),
    node("D2", "Deal", { degree: 1, amount: 400, year: 2020, districtId: "Y", properties: { kind: "LICENSE" } }),
  ],
  edges: [edge("B1", "BROKERED", "D1", { role: "LEAD" })],
});
const relLabel = (t: string) => (t === "BROKERED" ? "经纪" : t);

describe("element mapping", () => {
  it("maps nodes with type colour, shape, short label and default size; edges with translated labels", () => {
    const els = toElements(state, { filters: EMPTY_FILTERS, measure: "none", relLabel });
    const b1 = els.find((e) => e.data.id === "B1")!;
    expect(b1).toMatchObject({
      group: "nodes",
      data: {
        id: "B1",
        label: "名B1",
        type: "Broker",
        color: TYPE_STYLES.Broker.color,
        shape: "ellipse",
        size: DEFAULT_SIZE,
      },
      classes: [],
    });
    const e = els.find((x) => x.group === "edges")!;
    expect(e.data).toEqual({ id: "B1|BROKERED|D1", source: "B1", target: "D1", type: "BROKERED", label: "经纪" });
  });

  it("marks filtered nodes faded (grey mode) or filtered (hide mode), and their edges too", () => {
    const grey = toElements(state, { filters: { ...EMPTY_FILTERS, districtIds: ["Y"] }, measure: "none", relLabel });
    expect(grey.find((e) => e.data.id === "D1")!.classes).toEqual(["faded"]);
    expect(grey.find((e) => e.data.id === "D2")!.classes).toEqual([]);
    expect(grey.find((e) => e.data.id === "B1")!.classes).toEqual([]); // broker has no district: passes
    expect(grey.find((e) => e.group === "edges")!.classes).toEqual(["faded"]);
    const hide = toElements(state, {
      filters: { ...EMPTY_FILTERS, districtIds: ["Y"], mode: "hide" },
      measure: "none",
      relLabel,
    });
    expect(hide.find((e) => e.data.id === "D1")!.classes).toEqual(["filtered"]);
  });

  it("marks hidden and pinned nodes and carries known positions", () => {
    const s = setPinned(hideNodes(state, ["D2"]), "B1", true);
    const els = toElements(s, { filters: EMPTY_FILTERS, measure: "none", relLabel, positions: { B1: { x: 5, y: 7 } } });
    expect(els.find((e) => e.data.id === "D2")!.classes).toEqual(["hidden"]);
    expect(els.find((e) => e.data.id === "B1")).toMatchObject({ classes: ["pinned"], position: { x: 5, y: 7 } });
  });

  it("shortens long names", () => {
    expect(shortLabel("成都市技术转移服务中心有限责任公司", 8)).toBe("成都市技术转移…");
    expect(shortLabel("成都大学")).toBe("成都大学");
  });
});

describe("measures and styles", () => {
  it("sizes by degree from MIN to MAX (sqrt scale) and draws nodes without a value hollow, not smallest", () => {
    const nodes = Object.values(state.nodes);
    const byDegree = nodeVisuals(nodes, "degree", new Map());
    // degrees 4, 9, 1 → D1 max, D2 min, B1 at sqrt((4-1)/(9-1)) ≈ 0.612
    expect(byDegree.get("D1")!.size).toBe(MAX_SIZE);
    expect(byDegree.get("D2")!.size).toBe(MIN_SIZE);
    expect(byDegree.get("B1")!.size).toBe(Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(3 / 8)));
    const byAmount = nodeVisuals(nodes, "amount", new Map());
    // a broker has no amount: default size, hollow (the stylesheet dashes its border)
    expect(byAmount.get("B1")).toEqual({ size: DEFAULT_SIZE, color: NO_VALUE_COLOR, value: null });
    expect(byAmount.get("D2")!.size).toBe(MAX_SIZE);
  });

  it("colours by community from properties", () => {
    const nodes = [
      node("a", "Agency", { properties: { community: "1" } }),
      node("b", "Agency", { properties: { community: "1" } }),
      node("c", "Agency"),
    ];
    const v = nodeVisuals(nodes, "community", new Map());
    expect(v.get("a")!.color).toBe(v.get("b")!.color);
    expect(v.get("a")!.color).toBe(COMMUNITY_PALETTE[1]);
    expect(v.get("c")!.color).toBe(NO_VALUE_COLOR);
  });

  it("keeps community colours apart from every node-type colour", () => {
    const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const dist = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]!));
    for (const c of COMMUNITY_PALETTE) {
      for (const type of Object.values(TYPE_STYLES)) expect(dist(c, type.color)).toBeGreaterThanOrEqual(60);
    }
    expect(new Set(COMMUNITY_PALETTE).size).toBe(COMMUNITY_PALETTE.length);
  });

  it("the biggest value is the biggest node, and the legend's scale says the range and what is missing", () => {
    const nodes = [node("hub", "Broker", { degree: 500 }), node("a", "Deal", { degree: 2 }), node("b", "Deal")];
    const external = new Map([
      ["hub", { betweenness: 0.42 }],
      ["a", { betweenness: 0.01 }],
    ]);
    const v = nodeVisuals(nodes, "betweenness", new Map(), external);
    const sizes = nodes.map((n) => v.get(n.id)!.size);
    expect(v.get("hub")!.size).toBe(Math.max(...sizes));
    expect(v.get("hub")!.size).toBe(MAX_SIZE);
    expect(measureScale(nodes, "betweenness", new Map(), external)).toEqual({
      lo: 0.01,
      hi: 0.42,
      valued: 2,
      missing: 1,
      communities: [],
    });
    const els = toElements(addSubgraph(EMPTY_CANVAS, { nodes, edges: [] }), {
      filters: EMPTY_FILTERS,
      measure: "betweenness",
      relLabel,
      external,
    });
    const data = (id: string) => els.find((e) => e.data.id === id)!;
    expect(data("hub").data.rank).toBe(0.42); // names go to the biggest value first
    expect(data("b").classes).toContain("no-value");
    expect(Number(data("hub").data.z)).toBeGreaterThan(Number(data("a").data.z)); // hub drawn on top
  });

  it("takes betweenness from external measures over properties", () => {
    const nodes = [
      node("a", "Agency", { properties: { betweenness: "0.9" } }),
      node("b", "Agency"),
      node("c", "Broker"),
    ];
    const external = new Map([
      ["a", { betweenness: 0.1 }],
      ["b", { betweenness: 0.5 }],
    ]);
    const v = nodeVisuals(nodes, "betweenness", new Map(), external);
    expect(v.get("b")!.size).toBe(MAX_SIZE); // 0.5 beats a's external 0.1 (its property 0.9 is ignored)
    expect(v.get("a")!.size).toBe(MIN_SIZE);
    expect(v.get("c")!.color).toBe(NO_VALUE_COLOR); // no value
  });
});
