import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flagChainGap, gapThreshold } from "../../../graph-api/src/graph/gaps/chain-gaps.js";
import { uncoveredChains } from "../../../graph-api/src/graph/gaps/member-gaps.js";
import {
  orgSide,
  partnerPoints,
  partnerWeights,
  quickPartnerScore,
  scorePartner,
  whyNotHigher,
  type OrgProfile,
  type PartnerFeature,
} from "../../../graph-api/src/graph/gaps/partner-score.js";

const profile = (over: Partial<OrgProfile>): OrgProfile => ({
  id: "X",
  name: "X",
  type: "Enterprise",
  districtId: null,
  districtName: null,
  inChengdu: null,
  chains: [],
  supplyChains: [],
  demandChains: [],
  allianceMember: false,
  ...over,
});

const ev = (names: string[], deals: [string, number][] = []) => ({
  commonNeighbourNames: names,
  chainDeals: new Map(deals),
  chainName: (id: string) => id.toUpperCase(),
});

describe("partner score", () => {
  it("adds weighted features on curves that do not cap", () => {
    const org = profile({
      districtId: "D1",
      inChengdu: true,
      chains: ["a", "b", "c", "d", "e", "f", "g"],
      demandChains: ["a"],
    });
    const cand = profile({
      id: "Y",
      districtId: "D2",
      inChengdu: true,
      chains: ["a", "b", "c", "d", "e", "f", "g"],
      supplyChains: ["a"],
    });
    const s = scorePartner(orgSide(org), cand, ev(["N1", "N2"]));
    // no gap (nor gap deals) · complementary 1/(1+1) × 2 = 1 · shared 7/(7+2) × 1 · common 2/(2+3) × 1.5 = 0.6 · Chengdu 0.5 × 0.5
    expect(s.breakdown.map((c) => c.contribution)).toEqual([0, 0, 1, 7 / 9, 0.6000000000000001, 0.25]);
    expect(s.score).toBeCloseTo(1 + 7 / 9 + 0.6 + 0.25, 12);
    expect(s.reasons.map((r) => r.zh)).toContain("同在成都");
    expect(s.reasons[0]?.zh).toBe("供需互补：对方在 A 有可转化成果，你方有开放需求");
    expect(s.reasons[0]?.en).toBe("Supply meets demand: they have available results in A, where you have open demands");
  });

  it("gives different evidence different scores (5 and 23 common partners do not tie)", () => {
    const names = (n: number) => Array.from({ length: n }, (_, k) => `N${k}`);
    const side = orgSide(profile({}));
    const score = (n: number) => scorePartner(side, profile({ id: "Y" }), ev(names(n))).score;
    expect(score(23)).toBeGreaterThan(score(5));
    expect(score(5)).toBeGreaterThan(score(4));
    const many = profile({ chains: ["a", "b", "c", "d", "e", "f", "g"] });
    const six = scorePartner(orgSide(many), profile({ id: "Y", chains: ["a", "b", "c", "d", "e", "f"] }), ev([]));
    const seven = scorePartner(
      orgSide(many),
      profile({ id: "Y", chains: ["a", "b", "c", "d", "e", "f", "g"] }),
      ev([]),
    );
    expect(seven.score).toBeGreaterThan(six.score);
  });

  it("ranks a candidate in the member's gap chains above every candidate in none, and says so with the figures", () => {
    const org = profile({ districtId: "D1", inChengdu: true, chains: ["a", "b"], demandChains: ["a"] });
    const side = orgSide(org, [
      { chainId: "g1", deals: 12 },
      { chainId: "g2", deals: 4 },
    ]);
    const gap = scorePartner(side, profile({ id: "G", chains: ["g2"] }), ev([], [["g2", 37]]));
    const best = scorePartner(
      side,
      profile({ id: "B", districtId: "D1", chains: ["a", "b"], supplyChains: ["a"], demandChains: [] }),
      ev(names200()),
    );
    expect(gap.score).toBeGreaterThan(best.score);
    expect(gap.gapChains).toEqual(["g2"]);
    expect(gap.breakdown[0]).toMatchObject({ name: "gapCover", value: 0.25, scaled: 0.625 });
    expect(gap.reasons[0]).toMatchObject({
      kind: "gapCover",
      chain: "g2",
      source: "deals",
      zh: "覆盖你的缺口链 G2（你有 4 笔未覆盖交易；对方在该链办理 37 笔交易）",
      en: "Covers your gap chain G2 (you have 4 uncovered deals; they handled 37 deals in it)",
    });
    const more = scorePartner(side, profile({ id: "H", chains: ["g1"] }), ev([]));
    expect(more.score).toBeGreaterThan(gap.score);
    const why = whyNotHigher({ name: "H", breakdown: more.breakdown }, gap);
    expect(why.map((w) => w.zh)).toEqual(["H 覆盖你 75% 的未覆盖交易，此方 25%"]);
    expect(why.map((w) => w.en)).toEqual(["H covers 75% of your uncovered deals, this one 25%"]);
  });

  it("says when the partner works in a gap chain without deals, and names gap chains beyond the third in one line", () => {
    const side = orgSide(profile({}), [
      { chainId: "g1", deals: 5 },
      { chainId: "g2", deals: 4 },
      { chainId: "g3", deals: 3 },
      { chainId: "g4", deals: 2 },
      { chainId: "g5", deals: 1 },
    ]);
    const s = scorePartner(side, profile({ id: "Y", chains: ["g1", "g2", "g3", "g4", "g5"] }), ev([], [["g1", 7]]));
    expect(s.gapChains).toEqual(["g1", "g2", "g3", "g4", "g5"]);
    expect(s.reasons.map((r) => r.zh)).toEqual([
      "覆盖你的缺口链 G1（你有 5 笔未覆盖交易；对方在该链办理 7 笔交易）",
      "覆盖你的缺口链 G2（你有 4 笔未覆盖交易；对方在该链有服务、成果或需求，尚无成交）",
      "覆盖你的缺口链 G3（你有 3 笔未覆盖交易；对方在该链有服务、成果或需求，尚无成交）",
      "另覆盖你的缺口链 2 条：G4、G5（你有 3 笔未覆盖交易）",
    ]);
    expect(s.reasons[3]?.en).toBe("Also covers 2 more of your gap chains: G4, G5 (you have 3 uncovered deals there)");
  });

  it("scores zero without anything in common", () => {
    expect(scorePartner(orgSide(profile({})), profile({ id: "Y" }), ev([])).score).toBe(0);
  });
});

describe("scores that separate", () => {
  // Two candidates for the biggest agency, alike in everything but their own deals in its gap
  // chain (2 and 1): they tied when those deals were only shown.
  it("scores the partner's own deals in the member's gap chain that its reason shows", () => {
    const side = orgSide(profile({ districtId: "D1", inChengdu: true }), [{ chainId: "g", deals: 9 }]);
    const cand = (id: string) => profile({ id, districtId: "D2", inChengdu: true, chains: ["g"] });
    const two = scorePartner(side, cand("A"), ev(["N1"], [["g", 2]]));
    const one = scorePartner(side, cand("B"), ev(["N1"], [["g", 1]]));
    expect(two.score).toBeGreaterThan(one.score);
    expect(two.score - one.score).toBeCloseTo(partnerWeights.gapDeals * (2 / 4 - 1 / 3), 12);
    expect(two.reasons[0]?.zh).toContain("对方在该链办理 2 笔交易");
    expect(one.reasons[0]?.zh).toContain("对方在该链办理 1 笔交易");
    expect(two.breakdown.find((c) => c.name === "gapDeals")).toMatchObject({ value: 2, scaled: 0.5 });
    const why = whyNotHigher({ name: "A", breakdown: two.breakdown }, one);
    expect(why.map((w) => [w.kind, w.zh, w.en])).toEqual([
      ["gapDeals", "A 在你的缺口链办理 2 笔交易，此方 1 笔", "A handled 2 deals in your gap chains, this one 1"],
    ]);
  });

  // Evidence as the score reads it: the share of the member's T uncovered deals covered (k / T,
  // k = 0: no gap chain), the partner's deals there, the counts, and the geography level.
  const evidence = fc.record({
    T: fc.integer({ min: 1, max: 500 }),
    k: fc.nat(500),
    gapDeals: fc.nat(300),
    complementary: fc.nat(40),
    sharedChains: fc.nat(40),
    commonNeighbours: fc.nat(300),
    geo: fc.integer({ min: 0, max: 2 }),
  });
  type Evidence = typeof evidence extends fc.Arbitrary<infer E> ? E : never;
  const points = (e: Evidence) => {
    const k = Math.min(e.k, e.T);
    return partnerPoints(
      {
        gapCover: k / e.T,
        gapDeals: k > 0 ? e.gapDeals : 0,
        complementary: e.complementary,
        sharedChains: e.sharedChains,
        commonNeighbours: e.commonNeighbours,
        geography: e.geo / 2,
      },
      k > 0,
    );
  };
  const steps: Record<PartnerFeature, (e: Evidence) => Evidence | null> = {
    gapCover: (e) => (Math.min(e.k, e.T) < e.T ? { ...e, k: Math.min(e.k, e.T) + 1 } : null),
    gapDeals: (e) => (Math.min(e.k, e.T) > 0 ? { ...e, gapDeals: e.gapDeals + 1 } : null),
    complementary: (e) => ({ ...e, complementary: e.complementary + 1 }),
    sharedChains: (e) => ({ ...e, sharedChains: e.sharedChains + 1 }),
    commonNeighbours: (e) => ({ ...e, commonNeighbours: e.commonNeighbours + 1 }),
    geography: (e) => (e.geo < 2 ? { ...e, geo: e.geo + 1 } : null),
  };

  it("evidence that differs in one figure never ties: one step more of any figure scores higher", () => {
    fc.assert(
      fc.property(evidence, fc.constantFrom(...(Object.keys(steps) as PartnerFeature[])), (e, f) => {
        const more = steps[f](e);
        if (more) expect(points(more)).toBeGreaterThan(points(e));
      }),
      { numRuns: 2000 },
    );
  });

  it("more evidence on some figures and no less on any scores higher", () => {
    fc.assert(
      fc.property(
        evidence,
        fc.array(fc.constantFrom(...(Object.keys(steps) as PartnerFeature[])), { minLength: 1 }),
        (e, fs) => {
          let more = e;
          for (const f of fs) more = steps[f](more) ?? more;
          if (more !== e) expect(points(more)).toBeGreaterThan(points(e));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a partner in one of the member's gap chains outscores every partner in none, whatever else they have", () => {
    fc.assert(
      fc.property(evidence, evidence, (a, b) => {
        fc.pre(Math.min(a.k, a.T) > 0);
        expect(points(a)).toBeGreaterThan(points({ ...b, k: 0 }));
      }),
      { numRuns: 2000 },
    );
  });
});

const names200 = () => Array.from({ length: 200 }, (_, k) => `N${k}`);

describe("quick partner score", () => {
  it("equals the explained score on random profiles", () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = () => ["a", "b", "c", "d", "e", "f", "g"].filter(() => rnd() < 0.4);
    const district = () =>
      rnd() < 0.5
        ? { districtId: "D1", inChengdu: true }
        : rnd() < 0.5
          ? { districtId: "D2", inChengdu: true }
          : { districtId: "D9", inChengdu: false };
    for (let i = 0; i < 200; i++) {
      const org = profile({ ...district(), chains: pick(), supplyChains: pick(), demandChains: pick() });
      const gaps = pick().map((chainId, k) => ({ chainId, deals: k + 1 }));
      const cand = profile({ id: "Y", ...district(), chains: pick(), supplyChains: pick(), demandChains: pick() });
      const cn = Math.floor(rnd() * 8);
      const names = Array.from({ length: cn }, (_, k) => `N${k}`);
      const deals = gaps.map((g): [string, number] => [g.chainId, Math.floor(rnd() * 4)]);
      const gapDeals = deals.filter(([c]) => cand.chains.includes(c)).reduce((n, [, d]) => n + d, 0);
      expect(quickPartnerScore(orgSide(org, gaps), cand, cn, gapDeals)).toBeCloseTo(
        scorePartner(orgSide(org, gaps), cand, ev(names, deals)).score,
        12,
      );
    }
  });
});

describe("gap flags", () => {
  const base = {
    chainId: "c",
    chainName: "c",
    ecosystem: null,
    availableResults: 0,
    labs: 0,
    openDemands: 0,
    enterprises: 0,
    memberAgencies: 0,
    brokers: 0,
  };
  it("flags supply or demand with too few intermediaries", () => {
    expect(flagChainGap({ ...base, labs: 1 }, 1).gap).toBe(true); // supply 1, intermediaries 0 < 1
    expect(flagChainGap({ ...base, enterprises: 1, brokers: 1 }, 1).gap).toBe(false); // 1 is not below 1
    expect(flagChainGap(base, 3).gap).toBe(false); // nothing to intermediate
    expect(flagChainGap({ ...base, availableResults: 3, openDemands: 3, brokers: 2 }, 3).pressure).toBe(3);
  });
  it("defaults the threshold to a tenth of the median chain, at least 3", () => {
    expect(gapThreshold([9, 11, 14, 1569, 1600, 2000, 2700], null)).toBeCloseTo(156.9, 12); // median (4th of 7) 1569 → 156.9
    expect(gapThreshold([0, 0, 0, 27, 32, 44, 55, 59, 60], null)).toBe(3.2); // median 32 → 3.2
    expect(gapThreshold([0, 2, 4], null)).toBe(3); // median 2 → 0.2, floor 3
    expect(gapThreshold([1, 2, 3, 4], null)).toBe(3); // even count: median 2.5
    expect(gapThreshold([100, 200], 7)).toBe(7); // given threshold wins
  });
  it("member gaps: handled minus covered, most deals first", () => {
    const handled = [
      { chainId: "a", chainName: "A", deals: 1 },
      { chainId: "b", chainName: "B", deals: 4 },
      { chainId: "c", chainName: "C", deals: 2 },
    ];
    expect(uncoveredChains(handled, ["c"]).map((h) => h.chainId)).toEqual(["b", "a"]);
  });
});
