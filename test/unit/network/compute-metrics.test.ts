import { describe, expect, it } from "vitest";
import { computeMetrics, type Tie } from "../../../graph-api/src/graph/network/compute-metrics.js";
import { betweenness } from "../../../graph-api/src/graph/network/betweenness.js";
import { UndirectedGraph } from "../../../graph-api/src/graph/network/graphology-libs.js";

const tie = (source: string, target: string, weight = 1): Tie => ({ source, target, weight });

describe("collaboration graph metrics", () => {
  it("star graph: the centre has all the centrality", () => {
    // Centre C with leaves L1..L4 (n = 5).
    const m = computeMetrics(["L1", "L2", "L3", "L4"].map((l) => tie("C", l)));
    const c = m.nodes.get("C")!;
    const leaf = m.nodes.get("L1")!;
    expect(c.degree).toBe(4);
    expect(c.degreeCentrality).toBe(1); // 4 / (5 − 1)
    expect(leaf.degreeCentrality).toBe(0.25);
    // Every one of the (n−1)(n−2) = 12 ordered leaf pairs passes through C → normalised 1.
    expect(c.betweenness).toBeCloseTo(1, 12);
    expect(leaf.betweenness).toBe(0);
    expect(c.pagerank).toBeGreaterThan(leaf.pagerank);
    // Leaves are not tied to each other: C's effective size = 4, constraint = 4 · (1/4)² = 0.25.
    expect(c.effectiveSize).toBeCloseTo(4, 12);
    expect(c.constraint).toBeCloseTo(0.25, 12);
  });

  it("Louvain separates two cliques joined by one weak tie", () => {
    const clique = (p: string) => {
      const ids = [1, 2, 3, 4].map((i) => `${p}${i}`);
      return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => tie(a, b, 3)));
    };
    const m = computeMetrics([...clique("A"), ...clique("B"), tie("A1", "B1", 1)]);
    expect(m.communitySizes).toEqual([4, 4]);
    const ca = m.nodes.get("A2")!.community;
    expect(["A1", "A3", "A4"].map((id) => m.nodes.get(id)!.community)).toEqual([ca, ca, ca]);
    expect(["B1", "B2", "B3", "B4"].every((id) => m.nodes.get(id)!.community !== ca)).toBe(true);
    expect(m.modularity).toBeGreaterThan(0.4);
  });

  it("sampled betweenness approximates the exact values on a path", () => {
    // Path P0 – P1 – … – P199: exact normalised betweenness of Pi = 2·i·(n−1−i) / ((n−1)(n−2)).
    const g = new UndirectedGraph();
    for (let i = 0; i < 199; i++) g.mergeEdge(`P${i}`, `P${i + 1}`);
    const exact = betweenness(g);
    const sampled = betweenness(g, { exactMaxNodes: 10, pivots: 100 });
    expect(exact.sampled).toBe(false);
    expect(sampled.sampled).toBe(true);
    const n = 200;
    expect(exact.values.P100).toBeCloseTo((2 * 100 * 99) / ((n - 1) * (n - 2)), 12);
    expect(Math.abs((sampled.values.P100 ?? 0) - (exact.values.P100 ?? 0))).toBeLessThan(0.1);
  });
});
