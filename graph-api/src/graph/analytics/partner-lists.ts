/**
 * Per industrial chain, the organisations active in it with what partner suggestions score them
 * on (chains, AVAILABLE-result and OPEN-demand chains, district, alliances, their ref in the
 * all-dates network), stored with the all-dates slot as 'partners|<chainId>|0' lists (the 2,000
 * with most potential, PARTNER_PAGE). A suggestion then reads the lists of the organisation's own
 * chains — a bounded candidate set — instead of every organisation of the city. Definitions: cypher/queries/gaps/list-org-cards.cypher and
 * list-org-chain-links.cypher. Each entry also carries the deals the organisation handled in the
 * list's chain (all dates), counted from the run's deals in memory (handled-deals.ts): a suggestion
 * reads the lists of the member's gap chains, so it finds there the gapDeals feature of the
 * candidates in them instead of counting their deals in Cypher.
 */
import type { Driver } from "neo4j-driver";
import { streamQuery } from "../../db/run-query.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";
import type { DealParties, DealSet } from "./deal-parties.js";
import type { ListArrays } from "./gap-lists.js";
import { handledDealsPerChain, type ChainsOfOrg } from "./handled-deals.js";
import { toInt32Bytes } from "./int32-bytes.js";

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

/** The deals of all dates, as the run loaded them: each entry's deals per chain are counted over them. */
export interface AllDeals {
  set: DealSet;
  deals: readonly DealParties[];
}

/**
 * Lists by name ('partners|<chainId>'), built from every organisation's card and chain links —
 * streamed (hundreds of thousands of organisations at x10 scale) into compact cards first.
 */
export async function writePartnerLists(
  driver: Driver,
  slot: string,
  refOf: ReadonlyMap<string, number>,
  allDeals: AllDeals,
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
  // One chain's list at a time, by potential (see PARTNER_PAGE); written many per transaction.
  const potential = (m: Card) => 2 * (m.supply.length + m.demand.length) + m.active.length;
  const byChain: [string, Card][][] = chains.map(() => []);
  for (const entry of cards) for (const c of entry[1].active) byChain[c]?.push(entry);
  const tables = cardTables(cards, chains);
  // Suggestions read the first page only: the others are not stored.
  const pages = chains.map((_, c) =>
    (byChain[c] as [string, Card][])
      .sort((a, b) => potential(b[1]) - potential(a[1]) || (a[0] < b[0] ? -1 : 1))
      .slice(0, PARTNER_PAGE),
  );
  const deals = dealsOnPages(pages, chains, allDeals);
  const lists = new Map<string, ListArrays>();
  for (const [c, chain] of chains.entries()) {
    const page = pages[c] as [string, Card][];
    lists.set(`partners|${chain}|0`, pageArrays(page, tables, refOf, deals[c] as Int32Array));
  }
  await write(slot, lists);
}

/**
 * Each page's organisations' deals in the page's chain, aligned with the page. Only there: an
 * organisation is on the pages of most of its chains (at x10 scale 17 pages of 2,000 hold 2,044
 * organisations), and its deals in all of them on every page made the pages several times longer.
 */
function dealsOnPages(pages: [string, Card][][], chains: string[], all: AllDeals): Int32Array[] {
  const chainsOf = new Map<string, string[]>(); // organisation → chains of the pages it is on
  for (const [c, page] of pages.entries()) {
    for (const [id] of page) {
      const list = chainsOf.get(id);
      if (list) list.push(chains[c] as string);
      else chainsOf.set(id, [chains[c] as string]);
    }
  }
  const orgs = [...chainsOf].map(([id, onPages]) => ({ id, chains: onPages }));
  const counts = handledDealsPerChain(all.set, all.deals, orgs);
  const at = new Map(orgs.map((o, k) => [o.id, k]));
  return pages.map((page, c) =>
    Int32Array.from(page, ([id]) => {
      const k = at.get(id) as number;
      return (counts[k] as Int32Array)[(orgs[k] as ChainsOfOrg).chains.indexOf(chains[c] as string)] as number;
    }),
  );
}

/** Chains, types and districts by number (a page refers to them by index). */
interface CardTables {
  chains: string[];
  types: Map<string, number>;
  districts: Map<string, { index: number; name: string }>;
}

function cardTables(cards: ReadonlyMap<string, Card>, chains: string[]): CardTables {
  const types = new Map<string, number>();
  const districts = new Map<string, { index: number; name: string }>();
  for (const card of cards.values()) {
    if (!types.has(card.type)) types.set(card.type, types.size);
    if (card.districtId && !districts.has(card.districtId)) {
      districts.set(card.districtId, { index: districts.size, name: card.districtName });
    }
  }
  return { chains, types, districts };
}

/** Words of PARTNER_MASK_BITS bits needed for a chain set over `chains` chains. */
export const maskWords = (chains: number): number => Math.max(1, Math.ceil(chains / PARTNER_MASK_BITS));
/** Bits per mask word (a stored float holds integers below 2^53 exactly; 30 keeps bit operations in int32). */
export const PARTNER_MASK_BITS = 30;

function masks(list: number[], words: number): number[] {
  const out = new Array<number>(words).fill(0);
  for (const c of list) {
    const w = Math.floor(c / PARTNER_MASK_BITS);
    out[w] = (out[w] as number) | (1 << (c % PARTNER_MASK_BITS));
  }
  return out;
}

/**
 * A page of candidates as few arrays (a read costs one store read per property): actorId; codes,
 * PARTNER_CODES + 3 × words numbers per candidate — ref in the all-dates network (−1 none), type
 * index, district index (−1 none), inChengdu (1 / 0 / −1), then the masks of its active, supply
 * and demand chains; deals, one per candidate: its deals in the page's chain; allianceStart /
 * alliances; and the tables the indices refer to. The integer arrays are stored as bytes
 * (int32-bytes.ts): a suggestion reads a dozen pages and more.
 */
function pageArrays(
  members: [string, Card][],
  t: CardTables,
  refOf: ReadonlyMap<string, number>,
  deals: Int32Array,
): ListArrays {
  const words = maskWords(t.chains.length);
  const codes: number[] = [];
  const allianceStart = [0];
  const alliances: string[] = [];
  for (const [id, m] of members) {
    const district = m.districtId ? (t.districts.get(m.districtId)?.index ?? -1) : -1;
    codes.push(refOf.get(id) ?? -1, t.types.get(m.type) ?? -1, district, m.inChengdu);
    codes.push(...masks(m.active, words), ...masks(m.supply, words), ...masks(m.demand, words));
    alliances.push(...m.alliances);
    allianceStart.push(alliances.length);
  }
  const districts = [...t.districts].sort((a, b) => a[1].index - b[1].index);
  return {
    actorId: members.map(([id]) => id),
    codes: toInt32Bytes(codes),
    deals: toInt32Bytes(deals),
    words: [words],
    allianceStart: toInt32Bytes(allianceStart),
    alliances,
    chainIds: t.chains,
    typeNames: [...t.types.keys()],
    districtIds: districts.map(([id]) => id),
    districtNames: districts.map(([, d]) => d.name),
  };
}

/** Numbers before the masks in a candidate's codes (see pageArrays). */
export const PARTNER_CODES = 4;
