/**
 * Results ranked for an enterprise demand (科创通 precise matching): candidates in the demand's
 * chains plus full-text hits of its name and description, scored by match-scores.ts.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { textQuery } from "./lucene-query.js";
import { scoreResult, type MatchComponent } from "./match-scores.js";

/** Full-text hits considered (the best ones). */
const TEXT_HITS = 200;

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

interface CandidateRow {
  id: string;
  name: string;
  kind: string;
  trl: number | null;
  status: string;
  chains: string[];
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

/** The demand of a matching, or null when it does not exist. */
export async function getDemand(driver: Driver, demandId: string, database?: string): Promise<DemandRow | null> {
  const [row] = await runQuery<DemandRow & Record<string, unknown>>(driver, "matching/get-demand", { demandId }, { database });
  return row ?? null;
}

export async function matchResults(driver: Driver, demandId: string, limit: number, database?: string): Promise<{ demand: MatchDemand; items: ResultMatch[] } | null> {
  const demand = await getDemand(driver, demandId, database);
  if (!demand) return null;
  const query = textQuery(demand.name, demand.description);
  const hits = query ? await runQuery<{ id: string; score: number }>(driver, "matching/search-results-text", { query, limit: TEXT_HITS }, { database }) : [];
  const textScore = new Map(hits.map((h) => [h.id, h.score]));
  const best = Math.max(0, ...hits.map((h) => h.score));
  const chainIds = demand.chains.map((c) => c.id);
  const candidates = await runQuery<CandidateRow & Record<string, unknown>>(driver, "matching/list-result-candidates", { chainIds, textIds: [...textScore.keys()] }, { database });
  const items = candidates
    .map((c) => {
      const s = scoreResult({ ...c, demandChainCount: chainIds.length, textScore: textScore.get(c.id) ?? 0, bestTextScore: best });
      return { id: c.id, name: c.name, kind: c.kind, trl: c.trl, status: c.status, developer: c.developer, ...s };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((m, i) => ({ rank: i + 1, ...m }));
  const { description: _d, ...publicDemand } = demand;
  return { demand: publicDemand, items };
}
