/**
 * Brokers ranked for an enterprise demand: specialty, track record in its chains, deals landed in
 * Chengdu and title (match-scores.ts). Public fields only — never contact data. Exact unless more
 * than MAX_FINALISTS candidates lie within the Chengdu-deals weight of the k-th best.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { NodeRef } from "../common/types.js";
import { getDemand, type MatchDemand, type Ref } from "./match-results.js";
import { brokerReasons, type BrokerReason } from "./broker-reasons.js";
import { storedBrokerList } from "../analytics/match-lists.js";
import type { StoredListContext } from "../analytics/stored-lists.js";
import {
  brokerWeights,
  CHENGDU_DEALS_HALF,
  scoreBroker,
  TITLE,
  TRACK_RECORD_HALF,
  type MatchComponent,
} from "./match-scores.js";

interface FeatureRow {
  id: string;
  titleLevel: string;
  specialties: string[];
  chainDeals: number;
}

interface RankedRow extends FeatureRow {
  partial: number;
  /** BROKERED relationships: at least its deals landed in Chengdu. */
  brokered: number;
}

interface DetailRow {
  id: string;
  name: string;
  employer: Ref | null;
  chengduDeals: number;
}

/** Most candidates whose details may be fetched (see recommendBrokers). */
const MAX_FINALISTS = 1000;
/** Candidates whose details are fetched per round trip (at least twice the limit). */
const DETAIL_BATCH = 20;

export interface BrokerMatch {
  rank: number;
  id: string;
  /** The broker as a node reference (the SDL's pointer: the score belongs to the demand). */
  broker: NodeRef;
  name: string;
  titleLevel: string;
  employer: Ref | null;
  score: number;
  breakdown: MatchComponent[];
  /** The reasons in words, each naming the chain or figure and its source. */
  reasons: BrokerReason[];
}

/**
 * Brokers for a demand. With `stored` (the API's analytics reader), the list the analytics run
 * stored for the demand's chains when the current graph version has one — the answer itself, see
 * match-lists.ts; otherwise ranked live.
 */
export async function recommendBrokers(
  rq: RequestContext,
  demandId: string,
  limit: number,
  stored?: StoredListContext,
): Promise<{ demand: MatchDemand; items: BrokerMatch[] } | null> {
  const demand = await getDemand(rq, demandId);
  if (!demand) return null;
  const chainIds = demand.chains.map((c) => c.id);
  const { description: _d, ...publicDemand } = demand;
  const list = stored ? await storedBrokerList(stored, chainIds) : null;
  if (list) {
    const head = list.slice(0, limit);
    const refs = new Map(
      (
        await runQuery<Omit<DetailRow, "chengduDeals"> & Record<string, unknown>>(rq, "matching/list-broker-refs", {
          ids: head.map((b) => b.id),
        })
      ).map((d) => [d.id, d]),
    );
    const items = head.map(({ id, ...f }, i) => {
      const features = { ...f, demandChainCount: chainIds.length };
      const name = refs.get(id)?.name ?? id;
      return {
        rank: i + 1,
        id,
        broker: { id, name, type: "Broker" },
        name,
        titleLevel: f.titleLevel,
        employer: refs.get(id)?.employer ?? null,
        ...scoreBroker(features),
        reasons: brokerReasons(features, demand.chains),
      };
    });
    return { demand: publicDemand, items };
  }
  // Two phases, as for results: the database ranks every candidate without the deals landed in
  // Chengdu (a walk over every deal of the broker) and returns the best MAX_FINALISTS; those within
  // that component's weight of the k-th best get it and are scored exactly.
  const { chengduDeals: _chengdu, ...partialWeights } = brokerWeights;
  const ranked = await runQuery<RankedRow & Record<string, unknown>>(rq, "matching/rank-broker-candidates", {
    chainIds,
    chainCount: chainIds.length,
    weights: partialWeights,
    trackRecordHalf: TRACK_RECORD_HALF,
    titles: TITLE,
    finalists: MAX_FINALISTS,
  });
  const kth = ranked[Math.min(limit, ranked.length) - 1]?.partial ?? 0;
  // A candidate's exact score is at most its bound: its partial plus the Chengdu-deals component
  // of all the deals it brokered (a degree read, no walk).
  const bound = (f: RankedRow) =>
    f.partial + brokerWeights.chengduDeals * (f.brokered / (f.brokered + CHENGDU_DEALS_HALF));
  const finalists = ranked
    .filter((p) => p.partial >= kth - brokerWeights.chengduDeals - 1e-12)
    .map((f) => ({ f, bound: bound(f) }))
    .sort((a, b) => b.bound - a.bound || (a.f.id < b.f.id ? -1 : 1));
  // Details in batches, highest bound first, until no candidate left can reach the k-th best exact
  // score: a demand's chains can have thousands of brokers within that weight of the k-th best,
  // the busiest with thousands of deals each to walk.
  const scored: Omit<BrokerMatch, "rank">[] = [];
  const batch = Math.max(DETAIL_BATCH, 2 * limit);
  for (let i = 0; i < finalists.length; i += batch) {
    if (scored.length >= limit) {
      const kthExact = scored.map((m) => m.score).sort((a, b) => b - a)[limit - 1] as number;
      if ((finalists[i] as { bound: number }).bound < kthExact - 1e-12) break;
    }
    const part = finalists.slice(i, i + batch).map((x) => x.f);
    const details = new Map(
      (
        await runQuery<DetailRow & Record<string, unknown>>(rq, "matching/list-broker-details", {
          ids: part.map((f) => f.id),
        })
      ).map((d) => [d.id, d]),
    );
    for (const f of part) {
      const d = details.get(f.id);
      const features = { ...f, demandChainCount: chainIds.length, chengduDeals: d?.chengduDeals ?? 0 };
      const s = scoreBroker(features);
      const name = d?.name ?? f.id;
      const broker = { id: f.id, name, type: "Broker" };
      scored.push({
        id: f.id,
        broker,
        name,
        titleLevel: f.titleLevel,
        employer: d?.employer ?? null,
        ...s,
        reasons: brokerReasons(features, demand.chains),
      });
    }
  }
  const items = scored
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((m, i) => ({ rank: i + 1, ...m }));
  return { demand: publicDemand, items };
}
