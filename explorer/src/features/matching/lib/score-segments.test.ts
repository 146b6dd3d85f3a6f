import { describe, expect, it } from "vitest";
import { legendOf, scoreSegments } from "./score-segments";

const breakdown = [
  { name: "chainOverlap", value: 1, weight: 0.35, contribution: 0.35, detail: "1 of 1 chains" },
  { name: "textRelevance", value: 0.5, weight: 0.3, contribution: 0.15 },
  { name: "trl", value: 2 / 3, weight: 0.15, contribution: 0.1 },
  { name: "availability", value: 0, weight: 0.1, contribution: 0, detail: "TRANSFERRED" },
  { name: "sellerInChengdu", value: 1, weight: 0.1, contribution: 0.1 },
];

describe("scoreSegments", () => {
  const segs = scoreSegments(breakdown, (n) => `[${n}]`);
  it("draws one segment per contributing component, width = contribution in percent", () => {
    // availability contributes 0: no segment; 35 + 15 + 10 + 10 = 70 % of the track
    expect(segs.map((s) => [s.name, s.width])).toEqual([
      ["chainOverlap", 35],
      ["textRelevance", 15],
      ["trl", 10],
      ["sellerInChengdu", 10],
    ]);
    expect(segs.reduce((a, s) => a + s.width, 0)).toBe(70);
  });
  it("explains each segment in its tooltip", () => {
    expect(segs[0]?.title).toBe("[chainOverlap]: 1.00 × 0.35 = 0.350 (1 of 1 chains)");
    expect(segs[2]?.title).toBe("[trl]: 0.67 × 0.15 = 0.100");
  });
  it("keeps colours stable per component", () => {
    expect(segs[0]?.color).toBe("#4e79a7");
    expect(segs[3]?.color).toBe("#e15759");
  });
});

describe("legendOf", () => {
  it("lists each component once, with its weight", () => {
    expect(legendOf([{ breakdown }, { breakdown: breakdown.slice(0, 2) }]).map((l) => `${l.name}:${l.weight}`)).toEqual(
      ["chainOverlap:0.35", "textRelevance:0.3", "trl:0.15", "availability:0.1", "sellerInChengdu:0.1"],
    );
  });
});
