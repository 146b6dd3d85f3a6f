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
});
