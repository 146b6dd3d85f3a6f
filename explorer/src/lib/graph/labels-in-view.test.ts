import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { labelNodesInView, nodesToLabel } from "./labels-in-view";

const nodes = [
  { id: "a", x: 0, y: 0 },
  { id: "b", x: 50, y: 50 },
  { id: "c", x: 500, y: 0 },
];
const view = { x1: -10, y1: -10, x2: 100, y2: 100 };

describe("nodesToLabel", () => {
  it("names the nodes inside the view once an 11 px font reaches 8 px on screen", () => {
    expect(nodesToLabel(nodes, view, 1)).toEqual(["a", "b"]);
    expect(nodesToLabel(nodes, view, 8 / 11)).toEqual(["a", "b"]);
    expect(nodesToLabel(nodes, view, 0.7)).toEqual([]); // 7.7 px: too small to read
  });
  it("names only the maximum nearest the centre of the view when more are in view", () => {
    expect(nodesToLabel(nodes, view, 1, 2)).toEqual(["a", "b"]);
    expect(nodesToLabel(nodes, view, 1, 1)).toEqual(["b"]); // centre (45, 45): b is 7 away, a 64
  });
});

describe("labelNodesInView (headless Cytoscape)", () => {
  it("sets names as bypasses on the nodes in view, follows the view and cleans up", () => {
    vi.useFakeTimers();
    try {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        layout: { name: "preset", fit: false }, // the default (null) layout puts every node at the origin
        style: [{ selector: "node", style: { label: "" } }],
        elements: nodes.map(({ id, x, y }) => ({ data: { id, label: `名称${id}` }, position: { x, y } })),
      });
      let extent = view;
      cy.extent = () => ({ ...extent, w: extent.x2 - extent.x1, h: extent.y2 - extent.y1 });
      const stop = labelNodesInView(cy, 50);
      vi.advanceTimersByTime(60);
      expect(cy.getElementById("a").style("label")).toBe("名称a");
      expect(cy.getElementById("c").style("label")).toBe("");
      extent = { x1: 400, y1: -10, x2: 600, y2: 10 }; // pan to c
      cy.emit("viewport");
      vi.advanceTimersByTime(60);
      expect(cy.getElementById("a").style("label")).toBe("");
      expect(cy.getElementById("c").style("label")).toBe("名称c");
      stop();
      expect(cy.getElementById("c").style("label")).toBe("");
    } finally {
      vi.useRealTimers();
    }
  });
});
