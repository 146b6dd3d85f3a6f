/**
 * Per industrial chain, the organisations active in it with what partner suggestions score them
 * on (chains, AVAILABLE-result and OPEN-demand chains, district, alliances, their ref in the
 * all-dates network), stored with the all-dates slot as 'partners|<chainId>|0' lists (the 2,000
 * with most potential, PARTNER_PAGE). A suggestion then reads the lists of the organisation's own
 * chains — a bounded candidate set — instead of every organisation of the city. The cards come
 * from the run's facts (graph-facts.ts); their definitions in Cypher, which a test holds them to:
 * test/integration/definitions/list-org-cards.cypher and list-org-chain-links.cypher. Each entry also carries the deals the organisation handled in the
 * list's chain (all dates), counted from the run's deals in memory (handled-deals.ts): a suggestion
 * reads the lists of the member's gap chains, so it finds there the gapDeals feature of the
 * candidates in them instead of counting their deals in Cypher.
 */
import type { DealParties, DealSet } from "./deal-parties.js";
import type { ListArrays } from "./gap-lists.js";
import type { GraphFacts } from "./graph-facts.js";
import { handledDealsPerChain, type ChainsOfOrg } from "./handled-deals.js";
import { toInt32Bytes } from "./int32-bytes.js";

interface Card {
  type: string;
  districtId: string;
  districtName: string;
  /** 1, 0, −1 unknown. */
  inChengdu: number;
  alliances: readonly string[];
  /** Mask words (see maskWords) of its active, AVAILABLE-result (supply) and OPEN-demand chains. */
  masks: number[];
}

/**
 * Entries stored per chain (its first page: 'partners|<chain>|0'). Suggestions read the page of
 * each of the organisation's chains: the organisations with the most potential there — 2 × (chains with AVAILABLE results + chains
 * with OPEN demands) + active chains, the weights of complementary and shared chains — so the
 * candidate set stays bounded however many organisations a chain has.
 */
export const PARTNER_PAGE = 2000;

/** The deals of all dates, as the run loaded them: each entry's deals per chain are counted over them. */
export interface AllDeals {
  set: DealSet;
  deals: readonly DealParties[];
}

/** The candidates of each chain's page, ready but for their refs in the all-dates network. */
export interface PartnerPages {
  pages: { chain: string; members: [string, Card][]; deals: Int32Array }[];
  tables: CardTables;
}

/** Every organisation's chains as mask words: `words` per organisation, by organisation index. */
interface ChainMasks {
  words: number;
  active: Int32Array;
  supply: Int32Array;
  demand: Int32Array;
}

/**
 * Every organisation's chain links (COVERS or IN_CHAIN for an agency or enterprise; the chains of
 * the results it — an institution: also its labs — DEVELOPED, as supply when AVAILABLE; of the
 * demands an enterprise POSTED, as demand when OPEN), from the run's facts.
 */
function chainMasks(facts: GraphFacts): ChainMasks {
  const { orgs, results, demands } = facts;
  const words = maskWords(facts.chains.size);
  const n = orgs.ids.size;
  const m: ChainMasks = {
    words,
    active: new Int32Array(n * words),
    supply: new Int32Array(n * words),
    demand: new Int32Array(n * words),
  };
  const set = (mask: Int32Array, o: number, c: number) => {
    const at = o * words + Math.floor(c / PARTNER_MASK_BITS);
    mask[at] = (mask[at] as number) | (1 << (c % PARTNER_MASK_BITS));
  };
  const link = (o: number, types: readonly string[], chains: readonly number[], marked: Int32Array | null) => {
    if (!types.includes(orgs.type[o] as string)) return; // an index without facts has type ""

    for (const c of chains) {
      set(m.active, o, c);
      if (marked) set(marked, o, c);
    }
  };
  for (let o = 0; o < n; o++) {
    link(o, COVERING, orgs.covers[o] as number[], null);
    link(o, COVERING, orgs.inChain[o] as number[], null);
  }
  for (let r = 0; r < results.ids.length; r++) {
    const chains = results.chains[r] as number[];
    const marked = results.status[r] === "AVAILABLE" ? m.supply : null;
    for (const d of results.developers[r] as number[]) {
      link(d, DEVELOPERS, chains, marked);
      if (orgs.type[d] === "Lab") {
        for (const i of orgs.institutions[d] as number[]) link(i, INSTITUTION, chains, marked);
      }
    }
  }
  for (let k = 0; k < demands.open.length; k++) {
    const marked = demands.open[k] ? m.demand : null;
    for (const p of demands.posters[k] as number[]) link(p, ENTERPRISE, demands.chains[k] as number[], marked);
  }
  return m;
}

const COVERING = ["Agency", "Enterprise"];
const DEVELOPERS = ["Institution", "Lab", "Enterprise"];
const INSTITUTION = ["Institution"];
const ENTERPRISE = ["Enterprise"];

const bitCount = (mask: Int32Array, from: number, words: number): number => {
  let n = 0;
  for (let w = from; w < from + words; w++) {
    let x = mask[w] as number;
    while (x !== 0) {
      x &= x - 1;
      n++;
    }
  }
  return n;
};

/**
 * Each chain's page (see PARTNER_PAGE), from the run's facts and all dates' deals; built before
 * the all-dates network is written, so only the refs are added then (partnerLists).
 */
export function partnerPages(facts: GraphFacts, allDeals: AllDeals): PartnerPages {
  const { orgs } = facts;
  const m = chainMasks(facts);
  const { words } = m;
  const chains = [...facts.chains.ids]; // the masks' chains (the facts' table may grow later)
  const ids = orgs.ids.ids;
  // Potential (see PARTNER_PAGE): the weights of complementary and shared chains.
  const potential = Int32Array.from(
    ids,
    (_, o) =>
      2 * (bitCount(m.supply, o * words, words) + bitCount(m.demand, o * words, words)) +
      bitCount(m.active, o * words, words),
  );
  const byChain: number[][] = chains.map(() => []);
  for (let o = 0; o < ids.length; o++) {
    for (let w = 0; w < words; w++) {
      const x = m.active[o * words + w] as number;
      if (x === 0) continue;
      for (let b = 0; b < PARTNER_MASK_BITS; b++) if ((x & (1 << b)) !== 0) byChain[w * PARTNER_MASK_BITS + b]?.push(o);
    }
  }
  // Suggestions read the first page only: the others are not stored. A chain no organisation
  // is active in has none.
  const kept = chains.flatMap((_, c) => ((byChain[c] as number[]).length > 0 ? [c] : []));
  const cardOf = (o: number): Card => ({
    type: orgs.type[o] as string,
    districtId: orgs.districtId[o] as string,
    districtName: orgs.districtName[o] as string,
    inChengdu: orgs.inChengdu[o] as number,
    alliances: orgs.alliances[o] as readonly string[],
    masks: [m.active, m.supply, m.demand].flatMap((mask) => Array.from(mask.subarray(o * words, (o + 1) * words))),
  });
  const members = kept.map((c) =>
    (byChain[c] as number[])
      .sort(
        (a, b) =>
          (potential[b] as number) - (potential[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : 1),
      )
      .slice(0, PARTNER_PAGE)
      .map((o): [string, Card] => [ids[o] as string, cardOf(o)]),
  );
  const deals = dealsOnPages(
    members,
    kept.map((c) => chains[c] as string),
    allDeals,
  );
  return {
    pages: kept.map((c, k) => ({
      chain: chains[c] as string,
      members: members[k] as [string, Card][],
      deals: deals[k] as Int32Array,
    })),
    tables: cardTables(members.flat(), chains),
  };
}

/** Lists by name ('partners|<chainId>|0'): the pages with each candidate's ref in the all-dates network. */
export function partnerLists(pages: PartnerPages, refOf: ReadonlyMap<string, number>): Map<string, ListArrays> {
  return new Map(
    pages.pages.map((p) => [`partners|${p.chain}|0`, pageArrays(p.members, pages.tables, refOf, p.deals)]),
  );
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

function cardTables(cards: readonly [string, Card][], chains: string[]): CardTables {
  const types = new Map<string, number>();
  const districts = new Map<string, { index: number; name: string }>();
  for (const [, card] of cards) {
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
    codes.push(...m.masks);
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
