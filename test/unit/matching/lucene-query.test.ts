import { describe, expect, it } from "vitest";
import { escapeLucene, MAX_QUERY_CHARS, textQuery } from "../../../graph-api/src/graph/matching/lucene-query.js";
import { scoreBroker, scoreResult } from "../../../graph-api/src/graph/matching/match-scores.js";

describe("Lucene query text", () => {
  it("escapes every special character", () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });
  it("neutralises operators, collapses space and bounds the length", () => {
    expect(textQuery("电池 AND 快充", null, "  OR\nNOT ")).toBe("电池 and 快充 or not");
    expect(textQuery("充".repeat(500))).toHaveLength(MAX_QUERY_CHARS);
    expect(textQuery(null, undefined)).toBe("");
  });
});

describe("match scores", () => {
  it("weights sum to 1 so a perfect result scores 1", () => {
    const s = scoreResult({
      chains: ["a"],
      demandChainCount: 1,
      textScore: 2,
      bestTextScore: 2,
      trl: 9,
      status: "AVAILABLE",
      inChengdu: true,
      districtName: "锦江区",
      developerDeals: 1e12,
    });
    expect(s.score).toBeCloseTo(1, 10);
    expect(s.breakdown.map((c) => c.name)).toEqual([
      "chainOverlap",
      "textRelevance",
      "trl",
      "availability",
      "sellerInChengdu",
      "developerRecord",
    ]);
  });
  it("saturates broker counts at half weight for 3 chain deals and 5 Chengdu deals", () => {
    const s = scoreBroker({ specialties: [], demandChainCount: 2, chainDeals: 3, chengduDeals: 5, titleLevel: "NONE" });
    expect(s.score).toBeCloseTo(0.3 * 0.5 + 0.2 * 0.5, 12);
  });
});
