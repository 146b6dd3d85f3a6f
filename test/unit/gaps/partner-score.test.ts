import { describe, expect, it } from "vitest";
import { flagChainGap, gapThreshold } from "../../../graph-api/src/graph/gaps/chain-gaps.js";
import { uncoveredChains } from "../../../graph-api/src/graph/gaps/member-gaps.js";
import {
  orgSide,
  quickPartnerScore,
  scorePartner,
  type OrgProfile,
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

describe("partner score", () => {
  it("adds capped, weighted features", () => {
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
    const s = scorePartner(org, cand, ["N1", "N2"], (id) => id.toUpperCase());
    // shared 7 chains capped at 5 (×1) + complementary 1 (×2) + common 2 (×1) + both in Chengdu 0.5 = 9.5
    expect(s.score).toBe(9.5);
    expect(s.breakdown.map((c) => c.contribution)).toEqual([5, 2, 2, 0.5]);
    expect(s.reasons).toContain("同在成都");
    expect(s.reasons[1]).toBe("供需互补：对方在A有可转化成果，贵方有需求");
  });

  it("scores zero without anything in common", () => {
    expect(scorePartner(profile({}), profile({ id: "Y" }), [], (id) => id).score).toBe(0);
  });
});

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
      const cand = profile({ id: "Y", ...district(), chains: pick(), supplyChains: pick(), demandChains: pick() });
      const cn = Math.floor(rnd() * 8);
      const names = Array.from({ length: cn }, (_, k) => `N${k}`);
      expect(quickPartnerScore(orgSide(org), cand, cn)).toBeCloseTo(scorePartner(org, cand, names, (x) => x).score, 12);
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
