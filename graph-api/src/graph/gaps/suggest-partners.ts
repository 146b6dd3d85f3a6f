/**
 * Ranked partner suggestions for an organisation. Candidates are the organisations active in its
 * chains, those complementing its supply and demand, and those two steps away in the
 * collaboration graph (all dates); organisations it already shares deals with are left out (they
 * are partners already). Each is scored by partner-score.ts, in memory over the partner index and
 * the collaboration graph, both cached per graph version.
 */
import type { Driver } from "neo4j-driver";
import type { NetworkService } from "../network/network-service.js";
import { allianceIds } from "./alliances.js";
import { partnerIndex } from "./partner-index.js";
import { orgSide, quickPartnerScore, scorePartner, type ScoreComponent } from "./partner-score.js";

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

export async function suggestPartners(
  driver: Driver,
  network: NetworkService,
  args: SuggestArgs,
  database?: string,
): Promise<PartnerSuggestion[]> {
  const version = await network.graphVersion();
  const [index, collab] = await Promise.all([
    partnerIndex(driver, network, database),
    network.collaboration(version, { from: null, to: null }),
  ]);
  const org = index.orgs.get(args.orgId);
  if (!org) return [];
  // The alliances that count: the organisation's own, or every ALLIANCE when it is in none.
  const alliances = new Set(
    org.alliances.length
      ? org.alliances
      : await network.cached("allianceIds", () => allianceIds(driver, null, database)),
  );

  const graph = collab.value.metrics.graph;
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

  const ids = new Set<string>(common.keys());
  const addAll = (m: Map<string, string[]>, chains: string[]) =>
    chains.forEach((c) => m.get(c)?.forEach((id) => ids.add(id)));
  addAll(index.active, org.chains);
  addAll(index.supply, org.demandChains);
  addAll(index.demand, org.supplyChains);
  ids.delete(org.id);
  for (const n of neighbours) ids.delete(n);

  const chainRef = (id: string): Ref => ({ id, name: index.chainNames.get(id) ?? id, type: "IndustryChain" });
  const orgRef = (id: string): Ref => {
    const o = index.orgs.get(id) ?? collab.value.orgs.get(id);
    return { id, name: o?.name ?? id, type: o?.type ?? "Entity" };
  };
  // Rank every candidate by the quick score, then explain only the best `limit`.
  const side = orgSide({ ...org, allianceMember: true });
  const ranked: { id: string; score: number; allianceMember: boolean }[] = [];
  for (const id of ids) {
    const c = index.orgs.get(id);
    if (!c) continue;
    const allianceMember = c.alliances.some((a) => alliances.has(a));
    if (args.membersOnly && !allianceMember) continue;
    const score = quickPartnerScore(side, c, common.get(id)?.length ?? 0);
    if (score > 0) ranked.push({ id, score, allianceMember });
  }
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return ranked.slice(0, args.limit).map(({ id, allianceMember }) => {
    const c = index.orgs.get(id) as NonNullable<ReturnType<typeof index.orgs.get>>;
    const commonIds = (common.get(id) ?? []).sort();
    const s = scorePartner(
      side.org,
      { ...c, allianceMember },
      commonIds.map((n) => orgRef(n).name),
      (ch) => chainRef(ch).name,
    );
    return {
      id,
      name: c.name,
      type: c.type,
      allianceMember,
      score: s.score,
      breakdown: s.breakdown,
      sharedChains: s.sharedChains.map(chainRef),
      complementaryChains: s.complementaryChains.map(chainRef),
      commonNeighbours: commonIds.slice(0, COMMON_NEIGHBOURS_SHOWN).map(orgRef),
      reasons: s.reasons,
    };
  });
}
