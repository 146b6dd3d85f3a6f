import { describe, expect, it } from "vitest";
import {
  betweennessErrorBound,
  graphologyEngine,
  type TieLists,
} from "../../../graph-api/src/graph/analytics/centrality-engines.js";
import { betweenness } from "../../../graph-api/src/graph/network/betweenness.js";
import { UndirectedGraph } from "../../../graph-api/src/graph/network/graphology-libs.js";

/** Ties on nodes 0..n−1 from [a, b, weight] triples. */
const ties = (n: number, list: [number, number, number?][]): TieLists => ({
  n,
  source: Int32Array.from(list.map(([a]) => a)),
  target: Int32Array.from(list.map(([, b]) => b)),
  weight: Float64Array.from(list.map(([, , w]) => w ?? 1)),
});

describe("graphology engine (servers without Graph Data Science)", () => {
  it("star graph: the centre has all the centrality", async () => {
    // Centre 0 with leaves 1..4 (n = 5).
    const c = await graphologyEngine().compute(
      ties(5, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    // Every one of the (n−1)(n−2) = 12 ordered leaf pairs passes through the centre → normalised 1.
    expect(c.betweenness[0]).toBeCloseTo(1, 12);
    expect(c.betweenness[1]).toBe(0);
    expect(c.pagerank[0]).toBeGreaterThan(c.pagerank[1] as number);
    expect([...c.pagerank].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    expect(c.pivots).toBeNull();
  });

  it("Louvain separates two cliques joined by one weak tie", async () => {
    const clique = (o: number): [number, number, number][] =>
      [0, 1, 2, 3].flatMap((a) =>
        [0, 1, 2, 3].filter((b) => b > a).map((b): [number, number, number] => [o + a, o + b, 3]),
      );
    const c = await graphologyEngine().compute(ties(8, [...clique(0), ...clique(4), [0, 4, 1]]));
    const left = new Set([0, 1, 2, 3].map((i) => c.community[i]));
    const right = new Set([4, 5, 6, 7].map((i) => c.community[i]));
    expect(left.size).toBe(1);
    expect(right.size).toBe(1);
    expect([...left][0]).not.toBe([...right][0]);
    expect(c.modularity).toBeGreaterThan(0.4);
  });
});

describe("sampled betweenness", () => {
  it("stays within its stated error bound of the exact values on a path", () => {
    // Path P0 – P1 – … – P199: exact normalised betweenness of Pi = 2·i·(n−1−i) / ((n−1)(n−2)).
    const g = new UndirectedGraph();
    for (let i = 0; i < 199; i++) g.mergeEdge(`P${i}`, `P${i + 1}`);
    const exact = betweenness(g);
    const sampled = betweenness(g, { exactMaxNodes: 10, pivots: 100 });
    expect(exact.sampled).toBe(false);
    expect(sampled.sampled).toBe(true);
    const n = 200;
    expect(exact.values.P100).toBeCloseTo((2 * 100 * 99) / ((n - 1) * (n - 2)), 12);
    const bound = betweennessErrorBound(n, 100);
    for (let i = 0; i < n; i++) {
      expect(Math.abs((sampled.values[`P${i}`] ?? 0) - (exact.values[`P${i}`] ?? 0))).toBeLessThanOrEqual(bound);
    }
  });

  it("states Hoeffding's bound: 0 when exact, shrinking with the square root of the pivots", () => {
    expect(betweennessErrorBound(30_000, null)).toBe(0);
    // ε = n/(n−1) · √(ln(2/0.05) / (2k)); k = 100 → ≈ 0.1358
    expect(betweennessErrorBound(30_000, 100)).toBeCloseTo((30_000 / 29_999) * Math.sqrt(Math.log(40) / 200), 12);
    expect(betweennessErrorBound(30_000, 400)).toBeCloseTo(betweennessErrorBound(30_000, 100) / 2, 12);
  });
});
