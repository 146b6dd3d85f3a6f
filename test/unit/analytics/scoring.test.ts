import { describe, expect, it } from "vitest";
import {
  agencyScorer,
  brokerScorer,
  caseScorer,
  rank,
  relative,
} from "../../../graph-api/src/graph/rankings/scoring.js";
import { ratio } from "../../../graph-api/src/graph/common/period.js";

describe("ranking scores", () => {
  it("normalises against the best candidate and never divides by zero", () => {
    expect(relative(5, 10)).toBe(0.5);
    expect(relative(0, 0)).toBe(0);
    expect(relative(12, 10)).toBe(1);
  });

  it("broker score: 40 × 1/2 + 30 × 0 + 20 × 1 + 10 × 20/40 = 45", () => {
    const rows = [
      { id: "a", credited: 1, creditedAmount: 0, onSiteCredited: 1, trainingHours: 20 },
      { id: "b", credited: 2, creditedAmount: 100, onSiteCredited: 0, trainingHours: 80 },
    ];
    const ranked = rank(rows, brokerScorer(rows), (r) => r.credited, 10);
    // b: 40 + 30 + 0 + 10 (80 h capped) = 80
    expect(ranked.map((r) => [r.row.id, r.score, r.rank])).toEqual([
      ["b", 80, 1],
      ["a", 45, 2],
    ]);
    expect(ranked[1]!.breakdown.map((c) => c.points)).toEqual([20, 0, 20, 5]);
  });

  it("ties break on the tie value, then id; limit cuts the list", () => {
    const rows = [
      { id: "z", deals: 1, amount: 0, onSiteDeals: 0, chains: 0 },
      { id: "y", deals: 1, amount: 0, onSiteDeals: 0, chains: 0 },
    ];
    expect(rank(rows, agencyScorer(rows), (r) => r.deals, 1).map((r) => r.row.id)).toEqual(["y"]);
  });

  it("case score: flags and TRL", () => {
    const rows = [{ id: "k", amount: null, onSite: true, answersDemand: true, brokered: false, maxTrl: 9 }];
    // 0 (no amount at all) + 20 + 10 + 0 + 10
    expect(rank(rows, caseScorer(rows), (r) => r.amount ?? 0, 10)[0]!.score).toBe(40);
  });
});

describe("ratio", () => {
  it("is null when dividing by zero (a rate of nothing is unknown)", () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});
