import type { ElementDefinition } from "cytoscape";
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
});
