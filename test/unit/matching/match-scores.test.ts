/**
 * Match scores separate: on random evidence, one step more of any figure a match shows (a chain
 * more in common, a better text hit, a higher TRL or title, a better availability, a developer in
 * Chengdu, one deal more) always scores higher — no feature caps or ignores its figure.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  scoreBroker,
  scoreResult,
  type BrokerFeatures,
  type ResultFeatures,
} from "../../../graph-api/src/graph/matching/match-scores.js";

const STATUS = ["TRANSFERRED", "NEGOTIATING", "AVAILABLE"];
const TITLES = ["NONE", "JUNIOR", "INTERMEDIATE", "SENIOR"];
const chainIds = (n: number) => Array.from({ length: n }, (_, k) => `C${k}`);

const result = fc
  .record({
    demandChainCount: fc.integer({ min: 1, max: 6 }),
    chains: fc.nat(6),
    best: fc.double({ min: 0.5, max: 50, noNaN: true }),
    text: fc.double({ min: 0, max: 1, noNaN: true }),
    trl: fc.integer({ min: 0, max: 9 }),
    status: fc.integer({ min: 0, max: 2 }),
    inChengdu: fc.constantFrom(true, false, null),
    developerDeals: fc.nat(500),
  })
  .map((r) => ({ ...r, chains: Math.min(r.chains, r.demandChainCount) }));
type R = typeof result extends fc.Arbitrary<infer E> ? E : never;
const resultScore = (r: R): number =>
  scoreResult({
    chains: chainIds(r.chains),
    demandChainCount: r.demandChainCount,
    textScore: r.text * r.best,
    bestTextScore: r.best,
    trl: r.trl === 0 ? null : r.trl,
    status: STATUS[r.status] as string,
    inChengdu: r.inChengdu,
    districtName: null,
    developerDeals: r.developerDeals,
  } satisfies ResultFeatures).score;
const resultSteps: Record<string, (r: R) => R | null> = {
  chainOverlap: (r) => (r.chains < r.demandChainCount ? { ...r, chains: r.chains + 1 } : null),
  textRelevance: (r) => (r.text <= 0.9 ? { ...r, text: r.text + 0.1 } : null),
  trl: (r) => (r.trl < 9 ? { ...r, trl: r.trl + 1 } : null),
  availability: (r) => (r.status < 2 ? { ...r, status: r.status + 1 } : null),
  sellerInChengdu: (r) => (r.inChengdu !== true ? { ...r, inChengdu: true } : null),
  developerRecord: (r) => ({ ...r, developerDeals: r.developerDeals + 1 }),
};

const broker = fc
  .record({
    demandChainCount: fc.integer({ min: 1, max: 6 }),
    specialties: fc.nat(6),
    chainDeals: fc.nat(500),
    chengduDeals: fc.nat(500),
    title: fc.integer({ min: 0, max: 3 }),
  })
  .map((b) => ({ ...b, specialties: Math.min(b.specialties, b.demandChainCount) }));
type B = typeof broker extends fc.Arbitrary<infer E> ? E : never;
const brokerScore = (b: B): number =>
  scoreBroker({
    specialties: chainIds(b.specialties),
    demandChainCount: b.demandChainCount,
    chainDeals: b.chainDeals,
    chengduDeals: b.chengduDeals,
    titleLevel: TITLES[b.title] as string,
  } satisfies BrokerFeatures).score;
const brokerSteps: Record<string, (b: B) => B | null> = {
  specialty: (b) => (b.specialties < b.demandChainCount ? { ...b, specialties: b.specialties + 1 } : null),
  trackRecord: (b) => ({ ...b, chainDeals: b.chainDeals + 1 }),
  chengduDeals: (b) => ({ ...b, chengduDeals: b.chengduDeals + 1 }),
  title: (b) => (b.title < 3 ? { ...b, title: b.title + 1 } : null),
};

/** On random evidence, each step of `steps` (null: no step from there) scores higher. */
function stepsScoreHigher<E>(
  evidence: fc.Arbitrary<E>,
  steps: Record<string, (e: E) => E | null>,
  score: (e: E) => number,
) {
  fc.assert(
    fc.property(evidence, fc.constantFrom(...Object.keys(steps)), (e, f) => {
      const more = steps[f]!(e);
      if (more) expect(score(more)).toBeGreaterThan(score(e));
    }),
    { numRuns: 3000 },
  );
}

describe("match scores separate", () => {
  it("a result with one step more of any figure scores higher", () => {
    stepsScoreHigher(result, resultSteps, resultScore);
  });

  it("a broker with one step more of any figure scores higher", () => {
    stepsScoreHigher(broker, brokerSteps, brokerScore);
  });
});
