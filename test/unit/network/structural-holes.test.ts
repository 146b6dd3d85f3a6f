import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { structuralHoles } from "../../../graph-api/src/graph/network/structural-holes.js";
import { NX_EXPECTED, NX_TIES } from "../../fixtures/networkx-graph.js";

// Weighted graph: A–B 2, A–C 1, B–C 1, A–D 1.
const edges = [
  { source: "A", target: "B", weight: 2 },
  { source: "A", target: "C", weight: 1 },
  { source: "B", target: "C", weight: 1 },
  { source: "A", target: "D", weight: 1 },
];

describe("Burt's structural holes", () => {
  const holes = structuralHoles(edges);

  it("constraint by hand", () => {
    // A: strength 4 → p_AB = .5, p_AC = .25, p_AD = .25. p_CB = 1/2 (C: 1+1), p_BC = 1/3 (B: 2+1).
    // c_AB = (.5 + .25·.5)² = .625² = .390625
    // c_AC = (.25 + .5·1/3)² = (5/12)² = 25/144
    // c_AD = (.25)² = .0625            C_A = .390625 + 25/144 + .0625 = 0.6267361…
    expect(holes.get("A")?.constraint).toBeCloseTo(0.390625 + 25 / 144 + 0.0625, 12);
    // B: p_BA = 2/3, p_BC = 1/3; c_BA = (2/3 + 1/3·1/2)² = 25/36, c_BC = (1/3 + 2/3·1/4)² = 1/4 → 34/36
    expect(holes.get("B")?.constraint).toBeCloseTo(34 / 36, 12);
    // D: one tie, p_DA = 1 → C_D = 1
    expect(holes.get("D")?.constraint).toBeCloseTo(1, 12);
  });

  it("effective size by hand", () => {
    // A: m_BC = 1/2 (B's strongest tie 2), m_CB = 1 (C's strongest 1), D has no tie to A's others.
    // ES_A = (1 − .25·.5) + (1 − .5·1) + 1 = .875 + .5 + 1 = 2.375
    expect(holes.get("A")?.effectiveSize).toBeCloseTo(2.375, 12);
    // B: j=A: 1 − p_BC·m_AC = 1 − 1/3·1/2 = 5/6; j=C: 1 − p_BA·m_CA = 1 − 2/3·1 = 1/3 → 7/6
    expect(holes.get("B")?.effectiveSize).toBeCloseTo(7 / 6, 12);
  });

  it("reduces to n − 2t/n with unit weights", () => {
    // Triangle X–Y–Z plus pendant W on X: for X n = 3, t = 1 (Y–Z) → 3 − 2/3.
    const h = structuralHoles([
      { source: "X", target: "Y", weight: 1 },
      { source: "X", target: "Z", weight: 1 },
      { source: "Y", target: "Z", weight: 1 },
      { source: "X", target: "W", weight: 1 },
    ]);
    expect(h.get("X")?.effectiveSize).toBeCloseTo(3 - 2 / 3, 12);
  });

  it("an isolated node has no constraint", () => {
    expect(structuralHoles([], ["I"]).get("I")).toEqual({ constraint: null, effectiveSize: 0 });
  });

  it("agrees with networkx on a random weighted graph", () => {
    const h = structuralHoles(NX_TIES.map(([source, target, weight]) => ({ source, target, weight })));
    for (const [id, [c, es]] of Object.entries(NX_EXPECTED)) {
      expect(h.get(id)?.constraint).toBeCloseTo(c, 10);
      expect(h.get(id)?.effectiveSize).toBeCloseTo(es, 10);
    }
  });

  it("gives the formula's values on any graph (hubs, triangles, ties of weight 0)", () => {
    // The definition, summed directly over every neighbour pair: what the triangle walk must equal.
    const direct = (ties: { source: string; target: string; weight: number }[]) => {
      const w = new Map<string, Map<string, number>>();
      const add = (a: string, b: string, x: number) =>
        w.set(a, (w.get(a) ?? new Map()).set(b, (w.get(a)?.get(b) ?? 0) + x));
      for (const t of ties) {
        if (t.source === t.target) continue;
        add(t.source, t.target, t.weight);
        add(t.target, t.source, t.weight);
      }
      const strength = (i: string) => [...(w.get(i)?.values() ?? [])].reduce((a, b) => a + b, 0);
      const strongest = (i: string) => Math.max(0, ...(w.get(i)?.values() ?? []));
      const p = (i: string, j: string) => (strength(i) > 0 ? (w.get(i)?.get(j) ?? 0) / strength(i) : 0);
      const m = (j: string, q: string) => (strongest(j) > 0 ? (w.get(j)?.get(q) ?? 0) / strongest(j) : 0);
      const out = new Map<string, { constraint: number | null; effectiveSize: number }>();
      for (const [i, nbrs] of w) {
        if (strength(i) === 0) {
          out.set(i, { constraint: null, effectiveSize: 0 });
          continue;
        }
        let c = 0;
        let es = 0;
        for (const j of nbrs.keys()) {
          let indirect = 0;
          let redundancy = 0;
          for (const q of nbrs.keys()) {
            if (q === j) continue;
            indirect += p(i, q) * p(q, j);
            redundancy += p(i, q) * m(j, q);
          }
          c += (p(i, j) + indirect) ** 2;
          es += 1 - redundancy;
        }
        out.set(i, { constraint: c, effectiveSize: es });
      }
      return out;
    };
    const node = fc.integer({ min: 0, max: 11 }).map((k) => `N${k}`);
    const tie = fc.record({ source: node, target: node, weight: fc.integer({ min: 0, max: 4 }) });
    // Hubs: N0 is one end of a third of the ties.
    const ties = fc.array(
      fc.oneof(
        tie,
        tie.map((t) => ({ ...t, source: "N0" })),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(ties, (list) => {
        const got = structuralHoles(list);
        const want = direct(list);
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [id, h] of want) {
          const g = got.get(id);
          if (h.constraint === null) expect(g?.constraint).toBeNull();
          else expect(g?.constraint).toBeCloseTo(h.constraint, 10);
          expect(g?.effectiveSize).toBeCloseTo(h.effectiveSize, 10);
        }
      }),
      { numRuns: 300 },
    );
  });
});
