import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { syncElements } from "./sync-elements";

const n = (id: string, extra: object = {}) => ({ group: "nodes" as const, data: { id, label: id }, ...extra });
const e = (s: string, t: string) => ({ group: "edges" as const, data: { id: `${s}|R|${t}`, source: s, target: t } });

describe("syncElements (headless Cytoscape)", () => {
  it("adds, updates and removes by id in one batch", () => {
    const cy = cytoscape({ headless: true });
    expect(syncElements(cy, [n("a"), n("b"), e("a", "b")]).addedNodeIds).toEqual(["a", "b"]);
    const r = syncElements(cy, [n("a", { data: { id: "a", label: "A2" }, classes: ["faded"] }), n("c")]);
    expect(r).toEqual({ addedNodeIds: ["c"], removedCount: 2 }); // b and its edge
    expect(
      cy
        .nodes()
        .map((x) => x.id())
        .sort(),
    ).toEqual(["a", "c"]);
    expect(cy.getElementById("a").data("label")).toBe("A2");
    expect(cy.getElementById("a").hasClass("faded")).toBe(true);
  });

  it("places new nodes at known positions, else near an existing neighbour", () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [n("a", { position: { x: 100, y: 100 } })]);
    syncElements(cy, [n("a"), n("b"), n("c"), e("a", "b")], { c: { x: -7, y: 9 } });
    expect(cy.getElementById("c").position()).toEqual({ x: -7, y: 9 });
    const b = cy.getElementById("b").position();
    expect(Math.abs(b.x - 100)).toBeLessThanOrEqual(40);
    expect(Math.abs(b.y - 100)).toBeLessThanOrEqual(40);
  });

  it("spreads new nodes without position or anchor on a spiral, never piled at one point", () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [n("a"), n("b"), n("c"), e("a", "b")]);
    const ps = ["a", "b", "c"].map((id) => cy.getElementById(id).position());
    expect(ps[0]).toEqual({ x: 0, y: 0 }); // spiral(0) is the centre
    // spiral(1): r = 35 × √1, angle = the golden angle 2.39996 rad
    expect(ps[1]!.x).toBeCloseTo(35 * Math.cos(2.399963229728653), 6);
    expect(ps[1]!.y).toBeCloseTo(35 * Math.sin(2.399963229728653), 6);
    expect(new Set(ps.map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });
});
