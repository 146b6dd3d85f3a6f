import { describe, expect, it } from "vitest";
import { communityGraph } from "../bench/synthetic-graph";
import { communityLayout, type LayoutProgress } from "./community-layout";
import { overlapStats } from "./overlap";

describe("community layout", () => {
  const g = communityGraph(600);
  const ids = g.nodes.map((n) => n.id);

  it("places every node, none on top of another, the same way for the same seed", () => {
    const steps: LayoutProgress[] = [];
    const a = communityLayout(ids, g.edges, {}, (p) => steps.push(p))!;
    expect(Object.keys(a.positions)).toHaveLength(ids.length);
    expect(overlapStats(Object.values(a.positions), 28).overlappingPairs).toBe(0);
    expect(steps.at(-1)).toMatchObject({ done: steps.at(-1)!.total });
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((x, y) => x - y));
    const b = communityLayout(ids, g.edges)!;
    expect(b.positions[ids[10]!]).toEqual(a.positions[ids[10]!]);
  });

  it("keeps communities apart: a node lies nearer its own community's centre than any other", () => {
    const r = communityLayout(ids, g.edges)!;
    const centres = new Map<number, { x: number; y: number; n: number }>();
    for (const id of ids) {
      const c = centres.get(r.community[id]!) ?? { x: 0, y: 0, n: 0 };
      const p = r.positions[id]!;
      centres.set(r.community[id]!, { x: c.x + p.x, y: c.y + p.y, n: c.n + 1 });
    }
    let own = 0;
    for (const id of ids) {
      const p = r.positions[id]!;
      let best = -1;
      let bestD = Infinity;
      for (const [c, s] of centres) {
        const d = Math.hypot(p.x - s.x / s.n, p.y - s.y / s.n);
        if (d < bestD) [best, bestD] = [c, d];
      }
      if (best === r.community[id]) own++;
    }
    expect(r.communities).toBeGreaterThan(5);
    expect(own / ids.length).toBeGreaterThan(0.95);
  });

  it("stops between steps when asked", () => {
    let steps = 0;
    expect(
      communityLayout(
        ids,
        g.edges,
        {},
        () => steps++,
        () => steps >= 2,
      ),
    ).toBeNull();
  });
});

describe("overlap statistics", () => {
  it("counts pairs closer than a diameter and the nodes in them", () => {
    const s = overlapStats(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 100, y: 0 },
        { x: 127, y: 0 },
      ],
      28,
    );
    expect(s).toEqual({ nodes: 4, overlappingPairs: 2, pairShare: 2 / 6, nodeShare: 1 });
  });
});
