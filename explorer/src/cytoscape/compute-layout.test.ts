import type { ElementDefinition, LayoutOptions } from "cytoscape";
import { describe, expect, it } from "vitest";
import { computeLayout } from "./compute-layout";
import { DRAFT_THRESHOLD, forceLayout } from "./layouts";

/** `isolated` lone nodes plus `pairs` two-node components: the shape of a canvas of search hits. */
function scattered(isolated: number, pairs: number): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (let i = 0; i < isolated; i++) out.push({ group: "nodes", data: { id: `i${i}` } });
  for (let i = 0; i < pairs; i++) {
    out.push({ group: "nodes", data: { id: `a${i}` } }, { group: "nodes", data: { id: `b${i}` } });
    out.push({ group: "edges", data: { id: `e${i}`, source: `a${i}`, target: `b${i}` } });
  }
  return out;
}

function closestPair(points: { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
}

describe("computeLayout (headless Cytoscape + fcose)", () => {
  it("spreads the components of a big sparse graph instead of stacking them on one point", () => {
    // The options of a canvas above DRAFT_THRESHOLD nodes (fcose in draft quality), run on 160
    // nodes of the same shape: the components are laid out one by one whatever the canvas size,
    // and a small graph keeps the test's run time independent of the machine.
    const options = forceLayout({ nodeCount: DRAFT_THRESHOLD + 120, incremental: false });
    expect((options as { quality?: string }).quality).toBe("draft");
    const elements = scattered(100, 30);
    const positions = computeLayout(elements, options);
    expect(Object.keys(positions)).toHaveLength(160);
    // packed at least a node's room apart (48 px high cells), pairs kept together
    expect(closestPair(Object.values(positions))).toBeGreaterThan(20);
    const pair = Math.hypot(positions.a0!.x - positions.b0!.x, positions.a0!.y - positions.b0!.y);
    expect(pair).toBeLessThan(200);
  });

  it("lays out a connected graph as one, its nodes apart", () => {
    const chain: ElementDefinition[] = [];
    for (let i = 0; i < 30; i++) chain.push({ group: "nodes", data: { id: `n${i}` } });
    for (let i = 1; i < 30; i++)
      chain.push({ group: "edges", data: { id: `e${i}`, source: `n${i - 1}`, target: `n${i}` } });
    const positions = computeLayout(chain, forceLayout({ nodeCount: 30, incremental: false }));
    expect(closestPair(Object.values(positions))).toBeGreaterThan(5);
  });

  it("starts from the positions it is given (an incremental layout's starting point)", () => {
    // a layout that moves nothing returns the positions sent: Cytoscape's default initial layout
    // would have put every node at the origin before the layout started
    const placed: ElementDefinition[] = [
      { group: "nodes", data: { id: "p" }, position: { x: -40, y: 7 } },
      { group: "nodes", data: { id: "q" }, position: { x: 1000, y: 0 } },
    ];
    expect(computeLayout(placed, { name: "preset", fit: false, randomize: false } as LayoutOptions)).toEqual({
      p: { x: -40, y: 7 },
      q: { x: 1000, y: 0 },
    });
  });

  it("runs the incremental layout of a big canvas (default quality: fcose refuses draft there)", () => {
    // The options are those of a 1,040-node canvas; fcose's refusal of draft quality for an
    // incremental layout does not depend on the graph's size, so they are run on 60 nodes: the
    // layout time of a 1,040-node graph grows faster than linearly and depends on the machine.
    const options = forceLayout({ nodeCount: 1040, incremental: true });
    expect((options as { quality?: string }).quality).toBe("default");
    const elements = scattered(0, 30).map((el, i) => (el.group === "nodes" ? { ...el, position: { x: i, y: i } } : el));
    const positions = computeLayout(elements, options);
    expect(Object.keys(positions)).toHaveLength(60);
    expect(Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});
