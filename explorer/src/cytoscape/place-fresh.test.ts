import cytoscape, { type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { WORKER_THRESHOLD } from "./layouts";
import { placeFresh, streamChunks } from "./place-fresh";
import { skeletonOf } from "./skeleton";

const n = (id: string, extra: object = {}): ElementDefinition => ({
  group: "nodes",
  data: { id, label: `name ${id}`, size: 30 },
  ...extra,
});
const e = (s: string, t: string): ElementDefinition => ({
  group: "edges",
  data: { id: `${s}|R|${t}`, source: s, target: t, label: "R" },
});

/** A path graph of `count` nodes: count nodes and count - 1 edges. */
function pathGraph(count: number): ElementDefinition[] {
  const nodes = Array.from({ length: count }, (_, i) => n(`n${i}`));
  const edges = Array.from({ length: count - 1 }, (_, i) => e(`n${i}`, `n${i + 1}`));
  return [...edges, ...nodes]; // edges first on purpose: streaming must still add nodes first
}

/** A stand-in for the worker: node i at (10 i, −i), so every position is checkable. */
const lineLayout = (skeleton: ElementDefinition[]) =>
  Promise.resolve(
    Object.fromEntries(
      skeleton.filter((el) => el.group === "nodes").map((el, i) => [el.data.id!, { x: 10 * i, y: -i }]),
    ),
  );

describe("skeletonOf", () => {
  it("keeps ids, edge ends and known positions, nothing else", () => {
    expect(skeletonOf([n("a", { position: { x: 1, y: 2 } }), n("b"), e("a", "b")])).toEqual([
      { group: "nodes", data: { id: "a" }, position: { x: 1, y: 2 } },
      { group: "nodes", data: { id: "b" } },
      { group: "edges", data: { id: "a|R|b", source: "a", target: "b" } },
    ]);
  });
});

describe("streamChunks", () => {
  it("puts nodes (with their positions) before edges and cuts into chunks of the size", () => {
    const chunks = streamChunks([e("a", "b"), n("a"), n("b"), n("c")], { a: { x: 1, y: 1 }, b: { x: 2, y: 2 } }, 2);
    expect(chunks.map((c) => c.map((el) => el.data.id))).toEqual([
      ["a", "b"],
      ["c", "a|R|b"],
    ]);
    expect(chunks[0]![0]!.position).toEqual({ x: 1, y: 1 });
    expect(chunks[1]![0]!.position).toBeUndefined(); // no position known: left to Cytoscape
  });
});

describe("placeFresh (headless Cytoscape)", () => {
  const big = WORKER_THRESHOLD + 50;

  it("streams a big graph in at the layout's positions and reports them before adding any", async () => {
    const cy = cytoscape({ headless: true });
    const onCanvasWhenReported: number[] = [];
    const outcome = await placeFresh(
      cy,
      pathGraph(big),
      { name: "grid" },
      { layoutBig: lineLayout, chunk: 100, onPositions: () => onCanvasWhenReported.push(cy.elements().length) },
    );
    expect(outcome).toBe("done");
    expect(cy.nodes().length).toBe(big);
    expect(cy.edges().length).toBe(big - 1);
    expect(cy.getElementById("n7").position()).toEqual({ x: 70, y: -7 });
    expect(onCanvasWhenReported).toEqual([0]);
  });

  it("places at known positions without a layout", async () => {
    const cy = cytoscape({ headless: true });
    const known = Object.fromEntries(Array.from({ length: big }, (_, i) => [`n${i}`, { x: i, y: 2 * i }]));
    const noLayout = () => Promise.reject(new Error("must not lay out"));
    const reported: unknown[] = [];
    const outcome = await placeFresh(
      cy,
      pathGraph(big),
      { name: "grid" },
      { layoutBig: noLayout, positions: known, chunk: 100, onPositions: (p) => reported.push(p) },
    );
    expect(outcome).toBe("done");
    expect(cy.elements().length).toBe(2 * big - 1);
    expect(cy.getElementById("n9").position()).toEqual({ x: 9, y: 18 });
    expect(reported).toEqual([]); // nothing new to report
  });

  it("adds a chunk per frame and stops as soon as the canvas has moved on", async () => {
    const cy = cytoscape({ headless: true });
    let asked = 0;
    // Asked once after the layout, then before each chunk: the second chunk finds it stale.
    const outcome = await placeFresh(
      cy,
      pathGraph(big),
      { name: "grid" },
      {
        layoutBig: lineLayout,
        chunk: 100,
        isCurrent: () => ++asked < 3,
      },
    );
    expect(outcome).toBe("superseded");
    expect(cy.elements().length).toBe(100);
    expect(cy.edges().length).toBe(0);
  });

  it("lays out on the main thread when the worker layout fails, and at once when small", async () => {
    // A preset layout with positions no spiral would give: proof that runLayout ran with `options`.
    const preset = (count: number) => ({
      name: "preset",
      fit: false,
      positions: Object.fromEntries(Array.from({ length: count }, (_, i) => [`n${i}`, { x: 1000 + i, y: -3 }])),
    });
    const failing = () => Promise.reject(new Error("no worker"));
    const cy = cytoscape({ headless: true });
    expect(await placeFresh(cy, pathGraph(big), preset(big), { layoutBig: failing })).toBe("done");
    expect(cy.nodes().length).toBe(big);
    expect(cy.getElementById("n7").position()).toEqual({ x: 1007, y: -3 });

    const small = cytoscape({ headless: true });
    let usedWorker = false;
    const spy = (s: ElementDefinition[]) => {
      usedWorker = true;
      return lineLayout(s);
    };
    expect(await placeFresh(small, pathGraph(5), preset(5), { layoutBig: spy })).toBe("done");
    expect(small.getElementById("n4").position()).toEqual({ x: 1004, y: -3 });
    expect(usedWorker).toBe(false);
  });
});
