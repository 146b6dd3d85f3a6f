/**
 * Brokers ranked for an enterprise demand: specialty, track record in its chains, deals landed in
 * Chengdu and title (match-scores.ts). Public fields only — never contact data. Exact unless more
 * than MAX_FINALISTS candidates lie within the Chengdu-deals weight of the k-th best.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { getDemand, type MatchDemand, type MatchOptions, type Ref } from "./match-results.js";
import { brokerWeights, scoreBroker, type MatchComponent } from "./match-scores.js";

interface FeatureRow {
  id: string;
  titleLevel: string;
  specialties: string[];
  chainDeals: number;
}

interface DetailRow {
  id: string;
  name: string;
  employer: Ref | null;
  chengduDeals: number;
}

/** Most candidates whose details are fetched (see recommendBrokers). */
const MAX_FINALISTS = 1000;

export interface BrokerMatch {
  rank: number;
  id: string;
  name: string;
  titleLevel: string;
  employer: Ref | null;
  score: number;
  breakdown: MatchComponent[];
}

export async function recommendBrokers(
  driver: Driver,
  demandId: string,
  limit: number,
  options: MatchOptions = {},
): Promise<{ demand: MatchDemand; items: BrokerMatch[] } | null> {
  const demand = await getDemand(driver, demandId, options);
  if (!demand) return null;
  const chainIds = demand.chains.map((c) => c.id);
  const features = await runQuery<FeatureRow & Record<string, unknown>>(
    driver,
    "matching/list-broker-candidates",
    { chainIds },
    options,
  );
  // Two phases, as for results: score without the Chengdu deals (a walk over every deal of the
  // broker), keep those within that component's weight of the k-th best, then score exactly.
  const partial = features
    .map((f) => ({ f, score: scoreBroker({ ...f, demandChainCount: chainIds.length, chengduDeals: 0 }).score }))
    .sort((a, b) => b.score - a.score || (a.f.id < b.f.id ? -1 : 1));
  const kth = partial[Math.min(limit, partial.length) - 1]?.score ?? 0;
  const finalists = partial.filter((p) => p.score >= kth - brokerWeights.chengduDeals - 1e-12).slice(0, MAX_FINALISTS);
  const details = new Map(
    (
      await runQuery<DetailRow & Record<string, unknown>>(
        driver,
        "matching/list-broker-details",
        { ids: finalists.map((p) => p.f.id) },
        options,
      )
    ).map((d) => [d.id, d]),
  );
  const items = finalists
    .map(({ f }) => {
      const d = details.get(f.id);
      const s = scoreBroker({ ...f, demandChainCount: chainIds.length, chengduDeals: d?.chengduDeals ?? 0 });
      return { id: f.id, name: d?.name ?? f.id, titleLevel: f.titleLevel, employer: d?.employer ?? null, ...s };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((m, i) => ({ rank: i + 1, ...m }));
  const { description: _d, ...publicDemand } = demand;
  return { demand: publicDemand, items };
}
