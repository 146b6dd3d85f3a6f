/**
 * Per industrial chain, the organisations active in it with what partner suggestions score them
 * on (chains, AVAILABLE-result and OPEN-demand chains, district, alliances, their ref in the
 * all-dates network), stored with the all-dates slot as 'partners|<chainId>' lists. A suggestion
 * then reads the lists of the organisation's own chains — a bounded candidate set — instead of
 * every organisation of the city. Definitions: cypher/queries/gaps/list-org-cards.cypher and
 * list-org-chain-links.cypher.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";
import type { ListArrays } from "./gap-lists.js";

interface Card {
  id: string;
  type: string;
  districtId: string | null;
  districtName: string | null;
  inChengdu: boolean | null;
  alliances: string[];
}

interface Link {
  id: string;
  chain: string;
  kind: "active" | "supply" | "demand";
}

/** Lists by name ('partners|<chainId>'), built from every organisation's card and chain links. */
export async function partnerLists(
  driver: Driver,
  refOf: ReadonlyMap<string, number>,
  database?: string,
): Promise<Map<string, ListArrays>> {
  const opts = { database, timeoutMs: RUN_QUERY_TIMEOUT_MS };
  const [cards, links] = await Promise.all([
    runQuery<Card & Record<string, unknown>>(driver, "gaps/list-org-cards", {}, opts),
    runQuery<Link & Record<string, unknown>>(driver, "gaps/list-org-chain-links", {}, opts),
  ]);
  const sets = new Map<string, { active: Set<string>; supply: Set<string>; demand: Set<string> }>();
  for (const l of links) {
    let s = sets.get(l.id);
    if (!s) sets.set(l.id, (s = { active: new Set(), supply: new Set(), demand: new Set() }));
    s.active.add(l.chain);
    if (l.kind === "supply") s.supply.add(l.chain);
    if (l.kind === "demand") s.demand.add(l.chain);
  }
  const byChain = new Map<string, Card[]>();
  for (const c of cards) {
    for (const chain of sets.get(c.id)?.active ?? []) {
      const list = byChain.get(chain);
      if (list) list.push(c);
      else byChain.set(chain, [c]);
    }
  }
  const flat = (lists: string[][]) => {
    const start = [0];
    const values: string[] = [];
    for (const l of lists) {
      values.push(...l);
      start.push(values.length);
    }
    return { start: start.map((x) => neo4j.int(x)), values };
  };
  const out = new Map<string, ListArrays>();
  for (const [chain, members] of byChain) {
    const chains = flat(members.map((c) => [...(sets.get(c.id)?.active ?? [])].sort()));
    const supply = flat(members.map((c) => [...(sets.get(c.id)?.supply ?? [])].sort()));
    const demand = flat(members.map((c) => [...(sets.get(c.id)?.demand ?? [])].sort()));
    const alliances = flat(members.map((c) => c.alliances));
    out.set(`partners|${chain}`, {
      actorId: members.map((c) => c.id),
      actorType: members.map((c) => c.type),
      ref: members.map((c) => neo4j.int(refOf.get(c.id) ?? -1)),
      districtId: members.map((c) => c.districtId ?? ""),
      districtName: members.map((c) => c.districtName ?? ""),
      inChengdu: members.map((c) => neo4j.int(c.inChengdu === null ? -1 : c.inChengdu ? 1 : 0)),
      chainStart: chains.start,
      chains: chains.values,
      supplyStart: supply.start,
      supply: supply.values,
      demandStart: demand.start,
      demand: demand.values,
      allianceStart: alliances.start,
      alliances: alliances.values,
    });
  }
  return out;
}
