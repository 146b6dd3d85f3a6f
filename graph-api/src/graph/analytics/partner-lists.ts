/**
 * Per industrial chain, the organisations active in it with what partner suggestions score them
 * on (chains, AVAILABLE-result and OPEN-demand chains, district, alliances, their ref in the
 * all-dates network), stored with the all-dates slot as 'partners|<chainId>|0' lists (the 2,000
 * with most potential, PARTNER_PAGE). A suggestion then reads the lists of the organisation's own
 * chains — a bounded candidate set — instead of every organisation of the city. Definitions: cypher/queries/gaps/list-org-cards.cypher and
 * list-org-chain-links.cypher.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { streamQuery } from "../../db/run-query.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";
import type { ListArrays } from "./gap-lists.js";

interface Card {
  type: string;
  districtId: string;
  districtName: string;
  /** 1, 0, −1 unknown. */
  inChengdu: number;
  alliances: string[];
  /** Chain indices: active, AVAILABLE results (supply), OPEN demands (demand). */
  active: number[];
  supply: number[];
  demand: number[];
}

/**
 * Entries stored per chain (its first page: 'partners|<chain>|0'). Suggestions read the page of
 * each of the organisation's chains: the organisations with the most potential there — 2 × (chains with AVAILABLE results + chains
 * with OPEN demands) + active chains, the weights of complementary and shared chains — so the
 * candidate set stays bounded however many organisations a chain has.
 */
export const PARTNER_PAGE = 2000;

const add = (list: number[], x: number) => {
  if (!list.includes(x)) list.push(x);
};

/**
 * Lists by name ('partners|<chainId>'), built from every organisation's card and chain links —
 * streamed (hundreds of thousands of organisations at x10 scale) into compact cards first.
 */
export async function writePartnerLists(
  driver: Driver,
  slot: string,
  refOf: ReadonlyMap<string, number>,
  write: (slot: string, lists: Map<string, ListArrays>) => Promise<void>,
  database?: string,
): Promise<void> {
  const cards = new Map<string, Card>();
  const chains: string[] = [];
  const chainIndex = new Map<string, number>();
  await streamQuery(
    driver,
    "gaps/list-org-cards",
    {},
    database,
    (r) => {
      const inChengdu = r.get("inChengdu") as boolean | null;
      cards.set(r.get("id") as string, {
        type: r.get("type") as string,
        districtId: (r.get("districtId") as string | null) ?? "",
        districtName: (r.get("districtName") as string | null) ?? "",
        inChengdu: inChengdu === null ? -1 : inChengdu ? 1 : 0,
        alliances: r.get("alliances") as string[],
        active: [],
        supply: [],
        demand: [],
      });
    },
    RUN_QUERY_TIMEOUT_MS,
  );
  await streamQuery(
    driver,
    "gaps/list-org-chain-links",
    {},
    database,
    (r) => {
      const card = cards.get(r.get("id") as string);
      if (!card) return;
      const chain = r.get("chain") as string;
      let c = chainIndex.get(chain);
      if (c === undefined) chainIndex.set(chain, (c = chains.push(chain) - 1));
      add(card.active, c);
      const kind = r.get("kind") as string;
      if (kind === "supply") add(card.supply, c);
      if (kind === "demand") add(card.demand, c);
    },
    RUN_QUERY_TIMEOUT_MS,
  );
  // One chain's list at a time, by potential (see PARTNER_PAGE).
  const names = (list: number[]) => list.map((c) => chains[c] as string).sort();
  const potential = (m: Card) => 2 * (m.supply.length + m.demand.length) + m.active.length;
  for (const [c, chain] of chains.entries()) {
    const all = [...cards]
      .filter(([, card]) => card.active.includes(c))
      .sort((a, b) => potential(b[1]) - potential(a[1]) || (a[0] < b[0] ? -1 : 1));
    // Suggestions read the first page only: the others are not stored.
    const members = all.slice(0, PARTNER_PAGE);
    await write(slot, new Map([[`partners|${chain}|0`, pageArrays(members, names, refOf)]]));
  }
}

function pageArrays(
  members: [string, Card][],
  names: (chains: number[]) => string[],
  refOf: ReadonlyMap<string, number>,
): ListArrays {
  const flat = (lists: string[][]) => {
    const start = [0];
    const values: string[] = [];
    for (const l of lists) {
      values.push(...l);
      start.push(values.length);
    }
    return { start: start.map((x) => neo4j.int(x)), values };
  };
  const active = flat(members.map(([, m]) => names(m.active)));
  const supply = flat(members.map(([, m]) => names(m.supply)));
  const demand = flat(members.map(([, m]) => names(m.demand)));
  const alliances = flat(members.map(([, m]) => m.alliances));
  return {
    actorId: members.map(([id]) => id),
    actorType: members.map(([, m]) => m.type),
    ref: members.map(([id]) => neo4j.int(refOf.get(id) ?? -1)),
    districtId: members.map(([, m]) => m.districtId),
    districtName: members.map(([, m]) => m.districtName),
    inChengdu: members.map(([, m]) => neo4j.int(m.inChengdu)),
    chainStart: active.start,
    chains: active.values,
    supplyStart: supply.start,
    supply: supply.values,
    demandStart: demand.start,
    demand: demand.values,
    allianceStart: alliances.start,
    alliances: alliances.values,
  };
}
