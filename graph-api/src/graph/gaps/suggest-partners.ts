/**
 * Ranked partner suggestions for an organisation. Candidates are the organisations active in its
 * chains plus those two steps away in the collaboration graph (all dates, from the network cache);
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
  const adjacency = collab.metrics.adjacency;
  const neighbours = adjacency.get(org.id) ?? new Map<string, number>();
  const common = new Map<string, string[]>(); // candidate → neighbours in common
  for (const n of neighbours.keys()) {
    for (const m of adjacency.get(n)?.keys() ?? []) {
      if (m === org.id || neighbours.has(m)) continue;
      const list = common.get(m);
      if (list) list.push(n);
      else common.set(m, [n]);
    }
  }
  const byCommon = [...common.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));

  const chainIds = [...new Set([...org.chains, ...org.supplyChains, ...org.demandChains])];
  const viaChains = await runQuery<{ id: string }>(driver, "gaps/list-partner-candidate-ids", { chainIds, excludeId: org.id }, opts);
  const ids = new Set([...viaChains.map((r) => r.id), ...byCommon.slice(0, MAX_NEIGHBOUR_CANDIDATES).map(([id]) => id)]);
  for (const n of neighbours.keys()) ids.delete(n);
  ids.delete(org.id);

  const profiles = await runQuery<OrgProfile & Record<string, unknown>>(driver, "gaps/list-org-profiles", { ids: [...ids], allianceIds: alliances }, opts);
  const chains = new Map((await runQuery<{ id: string; name: string }>(driver, "gaps/list-chains", {}, opts)).map((c) => [c.id, c.name]));
  const chainRef = (id: string): Ref => ({ id, name: chains.get(id) ?? id, type: "IndustryChain" });
  const orgRef = (id: string): Ref => {
    const o = collab.orgs.get(id);
    return { id, name: o?.name ?? id, type: o?.type ?? "Entity" };
  };

  return profiles
    .filter((c) => !args.membersOnly || c.allianceMember)
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
