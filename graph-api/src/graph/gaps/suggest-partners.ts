/**
 * Ranked partner suggestions for an organisation. Candidates are the organisations active in its
 * chains or complementing its supply and demand, plus those two steps away in the collaboration
 * graph (all dates, from the network cache);
 * organisations it already shares deals with are left out (they are partners already). Each is
 * scored by partner-score.ts.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import type { NetworkService } from "../network/network-service.js";
import { allianceIds } from "./alliances.js";
import { scorePartner, type OrgProfile, type ScoreComponent } from "./partner-score.js";

/** Organisations reached only through common neighbours: keep the best connected. */
const MAX_NEIGHBOUR_CANDIDATES = 500;
const COMMON_NEIGHBOURS_SHOWN = 5;

interface Ref {
  id: string;
  name: string;
  type: string;
}

export interface PartnerSuggestion extends Ref {
  allianceMember: boolean;
  score: number;
  breakdown: ScoreComponent[];
  sharedChains: Ref[];
  complementaryChains: Ref[];
  commonNeighbours: Ref[];
  reasons: string[];
}

/** A row of gaps/list-partner-features. */
interface FeatureRow extends Omit<OrgProfile, "chains" | "supplyChains" | "demandChains"> {
  sharedChains: string[];
  theySupply: string[];
  theyDemand: string[];
}

export interface SuggestArgs {
  orgId: string;
  membersOnly: boolean;
  limit: number;
}

export async function suggestPartners(driver: Driver, network: NetworkService, args: SuggestArgs, database?: string): Promise<PartnerSuggestion[]> {
  const opts = { database };
  const own = await runQuery<{ id: string }>(driver, "gaps/list-alliance-memberships", { id: args.orgId }, opts);
  const alliances = own.length ? own.map((r) => r.id) : await allianceIds(driver, null, database);
  const [org] = await runQuery<OrgProfile & Record<string, unknown>>(driver, "gaps/list-org-profiles", { ids: [args.orgId], allianceIds: alliances }, opts);
  if (!org) return [];

  const version = await network.graphVersion();
  const { value: collab } = await network.collaboration(version, { from: null, to: null });
  const graph = collab.metrics.graph;
  const neighbours = new Set(graph.hasNode(org.id) ? graph.neighbors(org.id) : []);
  const common = new Map<string, string[]>(); // candidate → neighbours in common
  for (const n of neighbours) {
    for (const m of graph.neighbors(n)) {
      if (m === org.id || neighbours.has(m)) continue;
      const list = common.get(m);
      if (list) list.push(n);
      else common.set(m, [n]);
    }
  }
  const byCommon = [...common.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));

  // Chain features of every candidate in one aggregated query; then cards for those reached
  // only through common neighbours.
  const features = await runQuery<FeatureRow & Record<string, unknown>>(
    driver,
    "gaps/list-partner-features",
    { chainIds: org.chains, demandChainIds: org.demandChains, supplyChainIds: org.supplyChains, excludeId: org.id, allianceIds: alliances, membersOnly: args.membersOnly },
    opts,
  );
  const candidates = new Map<string, OrgProfile>();
  for (const f of features) {
    if (neighbours.has(f.id)) continue;
    candidates.set(f.id, { ...f, chains: f.sharedChains, supplyChains: f.theySupply, demandChains: f.theyDemand });
  }
  const extra = byCommon
    .slice(0, MAX_NEIGHBOUR_CANDIDATES)
    .map(([id]) => id)
    .filter((id) => !candidates.has(id));
  const cards = await runQuery<OrgProfile & Record<string, unknown>>(driver, "gaps/list-org-cards", { ids: extra, allianceIds: alliances, membersOnly: args.membersOnly }, opts);
  for (const c of cards) candidates.set(c.id, { ...c, chains: [], supplyChains: [], demandChains: [] });

  const chains = new Map((await runQuery<{ id: string; name: string }>(driver, "gaps/list-chains", {}, opts)).map((c) => [c.id, c.name]));
  const chainRef = (id: string): Ref => ({ id, name: chains.get(id) ?? id, type: "IndustryChain" });
  const orgRef = (id: string): Ref => {
    const o = collab.orgs.get(id);
    return { id, name: o?.name ?? id, type: o?.type ?? "Entity" };
  };

  return [...candidates.values()]
    .map((c) => {
      const commonIds = (common.get(c.id) ?? []).sort();
      const s = scorePartner(org, c, commonIds.map((id) => orgRef(id).name), (id) => chainRef(id).name);
      return {
        id: c.id,
        name: c.name,
        type: c.type,
        allianceMember: c.allianceMember,
        score: s.score,
        breakdown: s.breakdown,
        sharedChains: s.sharedChains.map(chainRef),
        complementaryChains: s.complementaryChains.map(chainRef),
        commonNeighbours: commonIds.slice(0, COMMON_NEIGHBOURS_SHOWN).map(orgRef),
        reasons: s.reasons,
      };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, args.limit);
}
