import { describe, expect, it } from "vitest";
import {
  addSubgraph,
  canvasDegrees,
  collapseNode,
  EMPTY_CANVAS,
  hideNodes,
  removeNodes,
  setPinned,
  showAll,
} from "./canvas-state";
import { canRedo, canUndo, createHistory, push, redo, undo } from "./history";
import { edge, node } from "./test-nodes";

// A star: D in the middle, B and E hang on it, E also tied to R (so E is not a leaf of D).
const star = addSubgraph(EMPTY_CANVAS, {
  nodes: [node("D", "Deal"), node("B", "Broker"), node("E", "Enterprise"), node("R", "Result")],
  edges: [edge("B", "BROKERED", "D"), edge("D", "BUYER", "E"), edge("D", "TRANSFERS", "R"), edge("E", "POSTED", "R")],
});

describe("canvas state", () => {
  it("adds nodes and drops edges whose ends are missing", () => {
    const s = addSubgraph(EMPTY_CANVAS, { nodes: [node("A", "Broker")], edges: [edge("A", "BROKERED", "X")] });
    expect(Object.keys(s.nodes)).toEqual(["A"]);
    expect(Object.keys(s.edges)).toEqual([]);
  });

  it("removing a node removes its edges, hidden and pinned marks", () => {
    const s = removeNodes(setPinned(hideNodes(star, ["D"]), "D", true), ["D"]);
    expect(Object.keys(s.nodes).sort()).toEqual(["B", "E", "R"]);
    expect(Object.keys(s.edges)).toEqual(["E|POSTED|R"]);
    expect(s.hidden).toEqual([]);
    expect(s.pinned).toEqual([]);
  });

  it("collapse removes only the neighbours that hang on the node alone", () => {
    // B has degree 1 (only D); E and R have degree 2 (tied to each other) → they stay
    const s = collapseNode(star, "D");
    expect(Object.keys(s.nodes).sort()).toEqual(["D", "E", "R"]);
  });

  it("collapse keeps pinned leaves", () => {
    expect(Object.keys(collapseNode(setPinned(star, "B", true), "D").nodes)).toContain("B");
  });

  it("hide, show all and re-adding unhide", () => {
    const h = hideNodes(star, ["B", "nope"]);
    expect(h.hidden).toEqual(["B"]);
    expect(showAll(h).hidden).toEqual([]);
    expect(addSubgraph(h, { nodes: [node("B", "Broker")], edges: [] }).hidden).toEqual([]);
  });

  it("canvas degree counts edges on the canvas", () => {
    const d = canvasDegrees(star);
    expect([d.get("D"), d.get("B"), d.get("E"), d.get("R")]).toEqual([3, 1, 2, 2]);
  });
});

describe("undo/redo history", () => {
  it("undoes and redoes canvas states; a new push clears redo", () => {
    let h = createHistory(EMPTY_CANVAS);
    expect(canUndo(h)).toBe(false);
    h = push(h, star);
    const collapsed = collapseNode(star, "D");
    h = push(h, collapsed);
    h = undo(h);
    expect(h.present).toBe(star);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe(collapsed);
    h = undo(undo(h));
    expect(h.present).toBe(EMPTY_CANVAS);
    expect(undo(h)).toBe(h); // nothing left to undo
    h = push(h, star);
    expect(canRedo(h)).toBe(false);
  });

  it("ignores pushing the same state and caps the past", () => {
    const h = createHistory(1);
    expect(push(h, 1)).toBe(h);
    let g = h;
    for (let i = 2; i <= 10; i++) g = push(g, i, 3);
    expect(g.past).toEqual([7, 8, 9]);
  });
});
