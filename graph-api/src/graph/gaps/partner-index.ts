/**
 * The partner index: every organisation's chains (active, supply, demand), location and
 * alliances, with inverted lists chain → organisations. Loaded with two aggregated queries once
 * per graph version (NetworkService.cached), so a suggestion is computed in memory — a university
 * active in every chain has most of the city as candidates.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import type { NetworkService } from "../network/network-service.js";
import type { OrgProfile } from "./partner-score.js";

export interface IndexedOrg extends Omit<OrgProfile, "allianceMember"> {
  alliances: string[];
}

export interface PartnerIndex {
  orgs: Map<string, IndexedOrg>;
  /** chain → organisations active in it */
  active: Map<string, string[]>;
  /** chain → organisations with AVAILABLE results in it */
  supply: Map<string, string[]>;
  /** chain → organisations with OPEN demands in it */
  demand: Map<string, string[]>;
  chainNames: Map<string, string>;
}

type Card = Omit<IndexedOrg, "chains" | "supplyChains" | "demandChains">;

const LOAD_TIMEOUT_MS = 120_000;

export function partnerIndex(driver: Driver, network: NetworkService, database?: string): Promise<PartnerIndex> {
  return network.cached("partnerIndex", () => loadPartnerIndex(driver, database));
}

async function loadPartnerIndex(driver: Driver, database?: string): Promise<PartnerIndex> {
  const opts = { database, timeoutMs: LOAD_TIMEOUT_MS };
  const [cards, links, chains] = await Promise.all([
    runQuery<Card & Record<string, unknown>>(driver, "gaps/list-org-cards", {}, opts),
    runQuery<{ id: string; chain: string; kind: "active" | "supply" | "demand" }>(
      driver,
      "gaps/list-org-chain-links",
      {},
      opts,
    ),
    runQuery<{ id: string; name: string }>(driver, "gaps/list-chains", {}, opts),
  ]);
  const orgs = new Map<string, IndexedOrg>(
    cards.map((c) => [c.id, { ...c, chains: [], supplyChains: [], demandChains: [] }]),
  );
  const active = new Map<string, Set<string>>();
  const supply = new Map<string, Set<string>>();
  const demand = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, chain: string, id: string) => {
    let s = m.get(chain);
    if (!s) m.set(chain, (s = new Set()));
    s.add(id);
  };
  for (const l of links) {
    if (!orgs.has(l.id)) continue;
    add(active, l.chain, l.id);
    if (l.kind === "supply") add(supply, l.chain, l.id);
    if (l.kind === "demand") add(demand, l.chain, l.id);
  }
  const fill = (m: Map<string, Set<string>>, field: "chains" | "supplyChains" | "demandChains") => {
    for (const [chain, ids] of m) for (const id of ids) orgs.get(id)?.[field].push(chain);
  };
  fill(active, "chains");
  fill(supply, "supplyChains");
  fill(demand, "demandChains");
  const lists = (m: Map<string, Set<string>>) => new Map([...m].map(([k, v]) => [k, [...v]]));
  return {
    orgs,
    active: lists(active),
    supply: lists(supply),
    demand: lists(demand),
    chainNames: new Map(chains.map((c) => [c.id, c.name])),
  };
}
