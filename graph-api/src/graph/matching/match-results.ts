/**
 * Results ranked for an enterprise demand (科创通 precise matching): candidates in the demand's
 * chains plus full-text hits of its name and description, scored by match-scores.ts. Exact unless
 * more than MAX_FINALISTS candidates lie within the developer weights (location, record) of the k-th best.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { NodeRef } from "../common/types.js";
import { storedResultList, storedSales } from "../analytics/match-lists.js";
import type { StoredListContext } from "../analytics/stored-lists.js";
import { textQuery } from "./lucene-query.js";
import {
  AVAILABILITY,
  resultScore,
  resultWeights,
  scoreResult,
  type MatchComponent,
  type ResultFeatures,
} from "./match-scores.js";

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
  /** The result as a node reference (the SDL's pointer: the score belongs to the demand). */
  result: NodeRef;
  name: string;
  kind: string;
  trl: number | null;
  status: string;
  developer: Ref | null;
  score: number;
  breakdown: MatchComponent[];
}

/** The demand of a matching, or null when it does not exist. */
export async function getDemand(rq: RequestContext, demandId: string): Promise<DemandRow | null> {
  const [row] = await runQuery<DemandRow & Record<string, unknown>>(rq, "matching/get-demand", { demandId });
  return row ?? null;
}

/** A result's match features without its text relevance. */
type Features = Omit<ResultFeatures, "textScore" | "bestTextScore" | "demandChainCount">;

type HitRow = Omit<Features, "districtName" | "developerDeals"> & {
  id: string;
  developerId: string | null;
  developerSold: number;
};

/**
 * The features of full-text hits the stored list does not hold. Their developers' records in the
 * chains are walked only for hits that could still reach the answer: scored with no record and
 * with the developer's every sale in the chains (its SELLER degree, an upper bound), a hit whose
 * upper score is below the `limit`-th lower score cannot make it, and keeps the lower one. The
 * records come from the sellers' sales the run stored (match-lists.ts); false when the graph
 * version changed since the list was read (the caller then ranks live).
 */
async function addTextHits(
  rq: RequestContext,
  stored: StoredListContext,
  ids: string[],
  chainIds: string[],
  features: Map<string, Features>,
  scoreOf: (id: string, f: Features) => number,
  limit: number,
): Promise<boolean> {
  const rows = await runQuery<HitRow & Record<string, unknown>>(rq, "matching/list-result-features", { ids, chainIds });
  const lower = new Map(features);
  for (const { id, developerId: _dev, developerSold: _sold, ...f } of rows) {
    lower.set(id, { ...f, districtName: null, developerDeals: 0 });
  }
  const lowerScores = [...lower].map(([id, f]) => scoreOf(id, f)).sort((a, b) => b - a);
  const kth = lowerScores[limit - 1] ?? -Infinity;
  const upperScore = (row: HitRow) =>
    scoreOf(row.id, { ...(lower.get(row.id) as Features), developerDeals: row.developerSold });
  const open = rows.filter(
    (row) => row.developerId !== null && row.developerSold > 0 && upperScore(row) >= kth - 1e-12,
  );
  const developers = [...new Set(open.map((row) => row.developerId as string))];
  const record = developers.length ? await storedSales(stored, developers, chainIds) : new Map<string, number>();
  if (!record) return false; // a new graph version meanwhile: rank live
  for (const row of rows) {
    const f = lower.get(row.id) as Features;
    features.set(row.id, { ...f, developerDeals: row.developerId ? (record.get(row.developerId) ?? 0) : 0 });
  }
  return true;
}

/**
 * Results for a demand. With `stored` (the API's analytics reader), from the list the analytics
 * run stored for the demand's chains when the current graph version has one (match-lists.ts);
 * otherwise ranked live.
 */
export async function matchResults(
  rq: RequestContext,
  demandId: string,
  limit: number,
  stored?: StoredListContext,
): Promise<{ demand: MatchDemand; items: ResultMatch[] } | null> {
  const demand = await getDemand(rq, demandId);
  if (!demand) return null;
  const query = textQuery(demand.name, demand.description);
  const hits = query
    ? await runQuery<{ id: string; score: number }>(rq, "matching/search-results-text", { query, limit: TEXT_HITS })
    : [];
  const textScore = new Map(hits.map((h) => [h.id, h.score]));
  const best = Math.max(0, ...hits.map((h) => h.score));
  const chainIds = demand.chains.map((c) => c.id);
  const { description: _d, ...publicDemand } = demand;
  const list = stored ? await storedResultList(stored, chainIds) : null;
  const withText = (id: string, f: Features): ResultFeatures => ({
    ...f,
    demandChainCount: chainIds.length,
    textScore: textScore.get(id) ?? 0,
    bestTextScore: best,
  });
  const scoreOf = (id: string, f: Features) => resultScore(withText(id, f));
  const features = new Map<string, Features>((list ?? []).map(({ id, ...f }) => [id, { ...f, districtName: null }]));
  const missing = hits.filter((h) => !features.has(h.id)).map((h) => h.id);
  if (
    stored &&
    list &&
    (!missing.length || (await addTextHits(rq, stored, missing, chainIds, features, scoreOf, limit)))
  ) {
    // The stored head of the chains (ranked without text) and the text hits, scored exactly: see
    // match-lists.ts for why the first `limit` of the two are the answer.
    const top = [...features]
      .map(([id, f]) => ({ id, all: withText(id, f), score: scoreOf(id, f) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
    const details = await runQuery<DetailRow & Record<string, unknown>>(rq, "matching/list-result-details", {
      ids: top.map((t) => t.id),
    });
    const detailOf = new Map(details.map((d) => [d.id, d]));
    const items = top.map(({ id, all }, i) => {
      const d = detailOf.get(id);
      const name = d?.name ?? id;
      return {
        rank: i + 1,
        id,
        result: { id, name, type: "Result" },
        name,
        kind: d?.kind ?? "OTHER",
        trl: all.trl,
        status: all.status,
        developer: d?.developer ?? null,
        ...scoreResult({ ...all, districtName: d?.districtName ?? null }),
      };
    });
    return { demand: publicDemand, items };
  }
  // Two phases: the database ranks every candidate without the developer's location and record (a
  // walk per result) and returns the best MAX_FINALISTS; those that could still reach the top
  // `limit` with them (partial ≥ k-th best − their weights) get developer and location, their
  // developers' records come from one walk of the chains' deals, and they are scored exactly.
  const { sellerInChengdu: _location, developerRecord: _record, ...partialWeights } = resultWeights;
  const developerWeights = resultWeights.sellerInChengdu + resultWeights.developerRecord;
  const ranked = await runQuery<FeatureRow & { partial: number } & Record<string, unknown>>(
    rq,
    "matching/rank-result-candidates",
    {
      chainIds,
      chainCount: chainIds.length,
      textIds: [...textScore.keys()],
      text: Object.fromEntries([...textScore].map(([id, score]) => [id, best > 0 ? score / best : 0])),
      weights: partialWeights,
      availability: AVAILABILITY,
      finalists: MAX_FINALISTS,
    },
  );
  const base = (f: FeatureRow) => ({
    ...f,
    demandChainCount: chainIds.length,
    textScore: textScore.get(f.id) ?? 0,
    bestTextScore: best,
  });
  const kth = ranked[Math.min(limit, ranked.length) - 1]?.partial ?? 0;
  const finalists = ranked.filter((p) => p.partial >= kth - developerWeights - 1e-12).map((f) => ({ f }));
  const details = await runQuery<DetailRow & Record<string, unknown>>(rq, "matching/list-result-details", {
    ids: finalists.map((p) => p.f.id),
  });
  const detailOf = new Map(details.map((d) => [d.id, d]));
  const developers = [...new Set(details.flatMap((d) => (d.developer ? [d.developer.id] : [])))];
  const sales =
    developers.length && chainIds.length
      ? await runQuery<{ id: string; deals: number }>(rq, "matching/count-developer-sales", {
          chainIds,
          sellerIds: developers,
        })
      : [];
  const salesOf = new Map(sales.map((s) => [s.id, s.deals]));
  const items = finalists
    .map(({ f }) => {
      const d = detailOf.get(f.id);
      const s = scoreResult({
        ...base(f),
        inChengdu: d?.inChengdu ?? null,
        districtName: d?.districtName ?? null,
        developerDeals: d?.developer ? (salesOf.get(d.developer.id) ?? 0) : 0,
      });
      const name = d?.name ?? f.id;
      return {
        id: f.id,
        result: { id: f.id, name, type: "Result" },
        name,
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
  return { demand: publicDemand, items };
}
