/**
 * Results ranked for an enterprise demand (科创通 precise matching): candidates in the demand's
 * chains plus full-text hits of its name and description, scored by match-scores.ts. Exact unless
 * more than MAX_FINALISTS candidates lie within the location weight of the k-th best.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { textQuery } from "./lucene-query.js";
import { resultWeights, scoreResult, type MatchComponent } from "./match-scores.js";

/** Full-text hits considered (the best ones). */
const TEXT_HITS = 200;
/** Most candidates whose developer and location are fetched (see matchResults). */
const MAX_FINALISTS = 1000;

export interface Ref {
  id: string;
  name: string;
  type: string;
}

export interface MatchDemand {
  id: string;
  name: string;
  status: string;
  chains: Ref[];
}

interface DemandRow extends MatchDemand {
  description: string | null;
}

interface FeatureRow {
  id: string;
  trl: number | null;
  status: string;
  chains: string[];
}

interface DetailRow {
  id: string;
  name: string;
  kind: string;
  developer: Ref | null;
  districtName: string | null;
  inChengdu: boolean | null;
}

export interface ResultMatch {
  rank: number;
  id: string;
  name: string;
  kind: string;
  trl: number | null;
  status: string;
  developer: Ref | null;
  score: number;
  breakdown: MatchComponent[];
}

/** Where and how long matching queries run (the API passes the per-request timeout). */
export interface MatchOptions {
  database?: string;
  timeoutMs?: number;
}

/** The demand of a matching, or null when it does not exist. */
export async function getDemand(
  driver: Driver,
  demandId: string,
  options: MatchOptions = {},
): Promise<DemandRow | null> {
  const [row] = await runQuery<DemandRow & Record<string, unknown>>(
    driver,
    "matching/get-demand",
    { demandId },
    options,
  );
  return row ?? null;
}

export async function matchResults(
  driver: Driver,
  demandId: string,
  limit: number,
  options: MatchOptions = {},
): Promise<{ demand: MatchDemand; items: ResultMatch[] } | null> {
  const demand = await getDemand(driver, demandId, options);
  if (!demand) return null;
  const query = textQuery(demand.name, demand.description);
  const hits = query
    ? await runQuery<{ id: string; score: number }>(
        driver,
        "matching/search-results-text",
        { query, limit: TEXT_HITS },
        options,
      )
    : [];
  const textScore = new Map(hits.map((h) => [h.id, h.score]));
  const best = Math.max(0, ...hits.map((h) => h.score));
  const chainIds = demand.chains.map((c) => c.id);
  const features = await runQuery<FeatureRow & Record<string, unknown>>(
    driver,
    "matching/list-result-candidate-features",
    { chainIds, textIds: [...textScore.keys()] },
    options,
  );
  // Two phases: score every candidate without the seller's location (a hop per result), keep
  // those that could still reach the top `limit` with it (partial ≥ k-th best − its weight), then
  // fetch developer and location for those only and score exactly.
  const base = (f: FeatureRow) => ({
    ...f,
    demandChainCount: chainIds.length,
    textScore: textScore.get(f.id) ?? 0,
    bestTextScore: best,
  });
  const partial = features
    .map((f) => ({ f, score: scoreResult({ ...base(f), inChengdu: null, districtName: null }).score }))
    .sort((a, b) => b.score - a.score || (a.f.id < b.f.id ? -1 : 1));
  const kth = partial[Math.min(limit, partial.length) - 1]?.score ?? 0;
  const finalists = partial
    .filter((p) => p.score >= kth - resultWeights.sellerInChengdu - 1e-12)
    .slice(0, MAX_FINALISTS);
  const details = await runQuery<DetailRow & Record<string, unknown>>(
    driver,
    "matching/list-result-details",
    { ids: finalists.map((p) => p.f.id) },
    options,
  );
  const detailOf = new Map(details.map((d) => [d.id, d]));
  const items = finalists
    .map(({ f }) => {
      const d = detailOf.get(f.id);
      const s = scoreResult({ ...base(f), inChengdu: d?.inChengdu ?? null, districtName: d?.districtName ?? null });
      return {
        id: f.id,
        name: d?.name ?? f.id,
        kind: d?.kind ?? "OTHER",
        trl: f.trl,
        status: f.status,
        developer: d?.developer ?? null,
        ...s,
      };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((m, i) => ({ rank: i + 1, ...m }));
  const { description: _d, ...publicDemand } = demand;
  return { demand: publicDemand, items };
}
