/**
 * Brokers ranked for an enterprise demand: specialty, track record in its chains, deals landed in
 * Chengdu and title (match-scores.ts). Public fields only — never contact data.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { getDemand, type MatchDemand, type Ref } from "./match-results.js";
import { scoreBroker, type MatchComponent } from "./match-scores.js";

interface BrokerRow {
  id: string;
  name: string;
  titleLevel: string;
  employer: Ref | null;
  specialties: string[];
  chainDeals: number;
  chengduDeals: number;
}

export interface BrokerMatch {
  rank: number;
  id: string;
  name: string;
  titleLevel: string;
  employer: Ref | null;
  score: number;
  breakdown: MatchComponent[];
}

export async function recommendBrokers(driver: Driver, demandId: string, limit: number, database?: string): Promise<{ demand: MatchDemand; items: BrokerMatch[] } | null> {
  const demand = await getDemand(driver, demandId, database);
  if (!demand) return null;
  const chainIds = demand.chains.map((c) => c.id);
  const rows = await runQuery<BrokerRow & Record<string, unknown>>(driver, "matching/list-broker-candidates", { chainIds }, { database });
  const items = rows
    .map((b) => ({ id: b.id, name: b.name, titleLevel: b.titleLevel, employer: b.employer, ...scoreBroker({ ...b, demandChainCount: chainIds.length }) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((m, i) => ({ rank: i + 1, ...m }));
  const { description: _d, ...publicDemand } = demand;
  return { demand: publicDemand, items };
}
