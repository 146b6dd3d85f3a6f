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
    const elements = scattered(DRAFT_THRESHOLD, 60); // 1,120 nodes: fcose runs in draft quality
    const positions = computeLayout(elements, forceLayout({ nodeCount: 1120, incremental: false }));
    expect(Object.keys(positions)).toHaveLength(1120);
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

  it("runs an incremental layout of a big graph (default quality: fcose refuses draft there)", () => {
    const elements = scattered(0, 520).map((el, i) =>
      el.group === "nodes" ? { ...el, position: { x: i, y: i } } : el,
    );
    const options = forceLayout({ nodeCount: 1040, incremental: true });
    expect((options as { quality?: string }).quality).toBe("default");
    expect(Object.keys(computeLayout(elements, options))).toHaveLength(1040);
    // a functional check, not a speed goal: fcose's default quality at 1,040 nodes takes 5–15 s on
    // a loaded 2-core machine, so it gets the integration tests' generous bound
  }, 120_000);
});
