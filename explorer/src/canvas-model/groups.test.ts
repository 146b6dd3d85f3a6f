import { describe, expect, it } from "vitest";
import { groupElements, groupOf, groupSize } from "./groups";

describe("group nodes", () => {
  it("stand for a hub's neighbours of one type along one relationship, tied to the hub in its direction", () => {
    const g = { hub: "AGN-1", relType: "SERVED", direction: "OUT" as const, neighbourType: "Deal", count: 3473 };
    const { node, edge } = groupElements(g, "3,473 个交易");
    expect(groupOf(node)).toEqual(g);
    expect(edge).toMatchObject({ source: "AGN-1", target: node.id, type: "SERVED" });
    const inward = groupElements({ ...g, relType: "EMPLOYED_BY", direction: "IN", neighbourType: "Broker" }, "x");
    expect(inward.edge).toMatchObject({ source: inward.node.id, target: "AGN-1" });
    expect(groupOf({ ...node, type: "Deal" })).toBeNull();
  });

  it("grow with the log of their size", () => {
    expect(groupSize(50)).toBeLessThan(groupSize(5000));
    expect(groupSize(5000)).toBeLessThanOrEqual(64);
  });
});

describe("group nodes on the measure scale", () => {
  it("do not stretch the scale of single nodes", async () => {
    const { addSubgraph, EMPTY_CANVAS } = await import("./canvas-state");
    const { toElements } = await import("./element-mapping");
    const { EMPTY_FILTERS } = await import("./filters");
    const { MAX_SIZE } = await import("./measures");
    const { node } = await import("./test-nodes");
    const g = groupElements(
      { hub: "H", relType: "SERVED", direction: "OUT", neighbourType: "Deal", count: 3473 },
      "3,473 个转化交易",
    );
    const state = addSubgraph(EMPTY_CANVAS, {
      nodes: [node("H", "Agency", { degree: 40 }), node("B", "Broker", { degree: 4 }), g.node],
      edges: [g.edge],
    });
    const els = toElements(state, { filters: EMPTY_FILTERS, measure: "degree", relLabel: (t) => t });
    expect(els.find((e) => e.data.id === "H")!.data.size).toBe(MAX_SIZE);
  });
});
