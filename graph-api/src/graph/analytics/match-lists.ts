/**
 * The matching answers of every demanded chain set, computed by the analytics run and stored with
 * the all-dates slot, so that `matchResults` and `recommendBrokers` read a short list instead of
 * walking every result, deal and broker of the chains (hundreds of milliseconds each at x10 scale):
 *  - 'brokerMatch|<chain ids>': the first MATCH_HEAD brokers of the chains in the order of
 *    recommend-brokers.ts (score, then id), with every feature of their score. A broker's score
 *    depends on the demand only through its chains, so this is the answer itself.
 *  - 'resultMatch|<chain ids>': the first MATCH_HEAD results applying to the chains ranked without
 *    full-text relevance (the only part that depends on the demand's text), with their features.
 *    match-results.ts scores the demand's full-text hits exactly and merges them in; a result of
 *    the chains outside the list scores at most the last entry and orders after it (no text part,
 *    a higher id on a tie), so the first MATCH_HEAD of the merge are the exact answer.
 *  - 'sellerSales|<bucket>': every seller's deals grouped by the chains of the results they
 *    transfer, SALES_BUCKETS buckets by a hash of the seller's id (actor-chunks.ts), so that a
 *    matching finds the record of its full-text hits' developers in a few small reads.
 * Chain ids are joined ascending with ','; the sets are those of the demands at the run's graph
 * version (a new demand or chain link is a new version, computed by the next run). Scores come from
 * match-scores.ts itself, so the stored order is the order a live ranking gives.
 */
import { brokerScore, resultScore, type BrokerFeatures, type ResultFeatures } from "../matching/match-scores.js";
import { chunkOfId } from "./actor-chunks.js";
import { storedList, storedLists, type StoredListContext } from "./stored-lists.js";
import type { DealSet } from "./deal-parties.js";
import type { ListArrays } from "./gap-lists.js";
import { Interner, type GraphFacts } from "./graph-facts.js";

/** The period whose slot holds the matching lists (they do not depend on a period). */
const LISTS_PERIOD = { from: null, to: null };
/** Entries stored per chain set: the most a matching field returns (its `limit` cap). */
export const MATCH_HEAD = 100;
/** Buckets of the sellers' sales (a few dozen sellers each at x10 scale). */
export const SALES_BUCKETS = 1024;
const salesListName = (sellerId: string): string => `sellerSales|${chunkOfId(sellerId, SALES_BUCKETS)}`;

const chainSetKey = (chainIds: readonly string[]): string => [...chainIds].sort().join(",");
const brokerListName = (chainIds: readonly string[]): string => `brokerMatch|${chainSetKey(chainIds)}`;
const resultListName = (chainIds: readonly string[]): string => `resultMatch|${chainSetKey(chainIds)}`;

/** Bit i set when the entry has the i-th chain of the set (ids ascending). */
const maskOf = (ids: readonly string[], chainSet: readonly string[]): number =>
  chainSet.reduce((m, c, i) => (ids.includes(c) ? m | (1 << i) : m), 0);
const chainsOfMask = (mask: number, chainSet: readonly string[]): string[] =>
  chainSet.filter((_, i) => (mask & (1 << i)) !== 0);

/** Most chains a demand's set may have for a stored list (bits of a mask). */
const MAX_SET_CHAINS = 30;
/** True when a run stores the lists of this chain set (a demand without chains has none). */
const hasMatchLists = (chainIds: readonly string[]): boolean =>
  chainIds.length > 0 && chainIds.length <= MAX_SET_CHAINS;

/**
 * Counts grouped by chain set ("signature"): a broker's deals or a seller's sales, each group a
 * set of chain indices with the number of deals that have exactly those chains.
 */
class SignatureCounts {
  readonly signatures: number[][] = [];
  private readonly index = new Map<string, number>();
  /** owner → [signature, count, signature, count, …] */
  readonly byOwner: (number[] | undefined)[] = [];

  add(owner: number, chains: readonly number[], count: number): void {
    const key = chains.join(",");
    let s = this.index.get(key);
    if (s === undefined) this.index.set(key, (s = this.signatures.push([...chains]) - 1));
    const list = this.byOwner[owner];
    if (!list) {
      this.byOwner[owner] = [s, count];
      return;
    }
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === s) {
        list[i + 1] = (list[i + 1] as number) + count;
        return;
      }
    }
    list.push(s, count);
  }

  /** Per signature: does it meet the chain set (`times`: how often it names each chain, timesIn)? */
  meets(times: Uint8Array): Uint8Array {
    return Uint8Array.from(this.signatures, (sig) => (sig.some((c) => (times[c] as number) > 0) ? 1 : 0));
  }

  /** The owner's count over the signatures marked in `hits`. */
  total(owner: number, hits: Uint8Array): number {
    const list = this.byOwner[owner];
    let n = 0;
    if (list) for (let i = 0; i < list.length; i += 2) if (hits[list[i] as number] === 1) n += list[i + 1] as number;
    return n;
  }
}

/**
 * The positions (in `candidates`) of the first MATCH_HEAD candidates in the live rankings' order
 * (score, then id), from their scores (`scores[k]` is candidate k's): only those at or above the
 * MATCH_HEAD-th score are sorted.
 */
function headOf(candidates: readonly number[], scores: Float64Array, idOf: (i: number) => string): number[] {
  const floor =
    candidates.length <= MATCH_HEAD
      ? -Infinity
      : (Float64Array.from(scores).sort()[scores.length - MATCH_HEAD] as number);
  const kept: { k: number; id: string; score: number }[] = [];
  candidates.forEach((i, k) => {
    if ((scores[k] as number) >= floor) kept.push({ k, id: idOf(i), score: scores[k] as number });
  });
  return kept
    .sort(byScoreThenId)
    .slice(0, MATCH_HEAD)
    .map((x) => x.k);
}

const byScoreThenId = (a: { id: string; score: number }, b: { id: string; score: number }) =>
  b.score - a.score || (a.id < b.id ? -1 : 1);

/**
 * Both lists of every demanded chain set and the sellers' sales buckets, from the run's facts
 * (graph-facts.ts) and all dates' deals. Yields to the event loop between chain sets.
 */
export async function matchLists(facts: GraphFacts, set: DealSet): Promise<Map<string, ListArrays>> {
  const chainSets = facts.demands.chainSets.filter(hasMatchLists);
  if (chainSets.length === 0) return new Map();
  // Chains by index: the facts' table, which the deals may extend (on a copy).
  const chains = facts.chains.clone();
  const brokers = await brokerLists(facts, chains, set, chainSets);
  const results = await resultLists(facts, chains, set, chainSets);
  return new Map([...brokers, ...results]);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Each broker's deals landed in Chengdu (a deal with a BUYER located in a District with
 * inChengdu = true), as list-broker-details.cypher defines them, from the deals in memory.
 */
function chengduDealsOf(facts: GraphFacts, set: DealSet, brokerAt: ReadonlyMap<string, number>): Int32Array {
  const counts = new Int32Array(facts.brokers.ids.length);
  const located = Uint8Array.from(set.ids, (id) => {
    const o = facts.orgs.ids.find(id);
    return o !== undefined && facts.orgs.locatedInChengdu[o] === true ? 1 : 0;
  });
  const brokerOf = Int32Array.from(set.ids, (id) => brokerAt.get(id) ?? -1);
  for (const d of set.deals) {
    if (!d.buyers.some((b) => located[b] === 1)) continue;
    for (const k of d.brokers) {
      const b = brokerOf[k] as number;
      if (b >= 0) counts[b] = (counts[b] as number) + 1;
    }
  }
  return counts;
}

async function brokerLists(
  facts: GraphFacts,
  chains: Interner,
  set: DealSet,
  chainSets: string[][],
): Promise<Map<string, ListArrays>> {
  const { ids, titleLevel: titles, specialties } = facts.brokers;
  const chainIds = chains.ids;
  const brokerAt = new Map(ids.map((id, b) => [id, b]));
  const chengdu = chengduDealsOf(facts, set, brokerAt);
  // Each broker's deals by their chains (a deal's chains: its transferred results' and answered
  // demands', as in rank-broker-candidates.cypher).
  const deals = new SignatureCounts();
  const ownerOfActor = Int32Array.from(set.ids, (id) => brokerAt.get(id) ?? -1);
  const dealChains = set.chains.map((c) => chains.of(c));
  for (const d of set.deals) {
    if (d.chains.length === 0) continue;
    const sig = d.chains.map((c) => dealChains[c] as number).sort((a, b) => a - b);
    for (const b of d.brokers) {
      const owner = ownerOfActor[b] as number;
      if (owner >= 0) deals.add(owner, sig, 1);
    }
  }
  // Candidates of a chain set: the brokers that specialise in one of its chains or brokered a
  // deal in one (indexed by chain).
  const distinctSpecialties = specialties.map(distinct);
  const byChain: number[][] = [];
  for (const [b, list] of distinctSpecialties.entries()) for (const c of list) (byChain[c] ??= []).push(b);
  deals.byOwner.forEach((groups, b) => {
    if (!groups) return;
    const dealt = new Set<number>();
    for (let i = 0; i < groups.length; i += 2)
      for (const c of deals.signatures[groups[i] as number] as number[]) dealt.add(c);
    for (const c of dealt) (byChain[c] ??= []).push(b);
  });
  const titleIndex = new Interner();
  const titleOf = titles.map((t) => titleIndex.of(t));
  const seen = new Uint8Array(ids.length);
  const lists = new Map<string, ListArrays>();
  for (const chainSet of chainSets) {
    await nextTurn();
    const times = timesIn(chains, chainSet);
    const hits = deals.meets(times);
    const candidates = unionOf(chainSet, chains, byChain, seen);
    const chainDeals = Float64Array.from(candidates, (b) => deals.total(b, hits));
    const features = (b: number, k: number): BrokerFeatures => ({
      specialties: chainSet.filter((c) => (specialties[b] as number[]).some((s) => chainIds[s] === c)),
      demandChainCount: chainSet.length,
      chainDeals: chainDeals[k] as number,
      chengduDeals: chengdu[b] as number,
      titleLevel: titles[b] as string,
    });
    // Scored once per distinct feature values: the specialties' count is all the score takes of them.
    const cache = new ScoreCache();
    const scores = new Float64Array(candidates.length);
    for (let k = 0; k < candidates.length; k++) {
      const b = candidates[k] as number;
      // Codes: specialties in the set, title, deals landed in Chengdu; count: deals in the chains.
      const landed = chengdu[b] as number;
      const code = codeOf(overlap(distinctSpecialties[b] as number[], times), 32, titleOf[b] as number, 8, landed, 256);
      const inChains = chainDeals[k] as number;
      const cached = inChains < COUNT_BOUND ? code : -1;
      scores[k] = cache.get(cached, inChains) ?? cache.set(cached, inChains, brokerScore(features(b, k)));
    }
    const head = headOf(candidates, scores, (b) => ids[b] as string).map((k) => {
      const b = candidates[k] as number;
      return { id: ids[b] as string, features: features(b, k) };
    });
    lists.set(brokerListName(chainSet), {
      actorId: head.map((h) => h.id),
      titleLevel: head.map((h) => h.features.titleLevel),
      specialtyMask: head.map((h) => maskOf(h.features.specialties, chainSet)),
      chainDeals: head.map((h) => h.features.chainDeals),
      chengduDeals: head.map((h) => h.features.chengduDeals),
    });
  }
  return lists;
}

const distinct = (list: readonly number[]): readonly number[] =>
  list.length < 2 || new Set(list).size === list.length ? list : [...new Set(list)];

/** How many times each chain (by index) is in a chain set (a set may name a chain twice). */
function timesIn(chains: Interner, chainSet: readonly string[]): Uint8Array {
  const m = new Uint8Array(Math.max(chains.size, 1));
  for (const c of chainSet) {
    const i = chains.find(c);
    if (i !== undefined) m[i] = (m[i] as number) + 1;
  }
  return m;
}

/** Entries of the chain set among distinct chains: the length of the features' `chains` / `specialties`. */
function overlap(chains: readonly number[], times: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < chains.length; i++) n += times[chains[i] as number] as number;
  return n;
}

/** The candidates indexed under any chain of the set, each once (`seen` is left cleared). */
function unionOf(
  chainSet: readonly string[],
  chains: Interner,
  byChain: readonly (number[] | undefined)[],
  seen: Uint8Array,
): number[] {
  const out: number[] = [];
  for (const id of chainSet) {
    const c = chains.find(id);
    for (const x of c === undefined ? [] : (byChain[c] ?? [])) {
      if (seen[x] === 0) {
        seen[x] = 1;
        out.push(x);
      }
    }
  }
  for (const x of out) seen[x] = 0;
  return out;
}

/**
 * Scores by the features they depend on: a chain set's hundreds of thousands of candidates have a
 * few thousand distinct feature values, each scored once by the formula of match-scores.ts. The
 * values are a small code (the codes of the features with few values, combined) and a count (of
 * deals), both small integers; a candidate whose values do not fit (code −1) is scored directly.
 */
class ScoreCache {
  private readonly byCode: (Map<number, number> | undefined)[] = [];
  get(code: number, count: number): number | undefined {
    return code < 0 ? undefined : this.byCode[code]?.get(count);
  }
  set(code: number, count: number, score: number): number {
    if (code >= 0) {
      let m = this.byCode[code];
      if (!m) this.byCode[code] = m = new Map();
      m.set(count, score);
    }
    return score;
  }
}

/** Bound of a result's fixed code (32 TRL values × 16 statuses × 3 locations). */
const FIXED_BOUND = 32 * 16 * 3;
/** Codes of a cached score: below CODE_BOUND; counts below COUNT_BOUND (small integers). */
const CODE_BOUND = 1 << 16;

const COUNT_BOUND = 1 << 24;

/** Values (each below its bound) combined into one code, or −1 when one does not fit. */
function codeOf(a: number, aBound: number, b: number, bBound: number, c: number, cBound: number): number {
  if (!(a >= 0 && a < aBound && b >= 0 && b < bBound && c >= 0 && c < cBound)) return -1;
  const code = (a * bBound + b) * cBound + c;
  return code < CODE_BOUND ? code : -1;
}

/** The sellers' sales in buckets: actorId; sigStart (offsets); sigChains (chain ids joined by ','), sigDeals. */
function salesLists(
  sales: SignatureCounts,
  sellers: readonly string[],
  chainIds: readonly string[],
): Map<string, ListArrays> {
  const buckets = new Map<string, { actorId: string[]; sigStart: number[]; sigChains: string[]; sigDeals: number[] }>();
  const sigNames = sales.signatures.map((sig) => sig.map((c) => chainIds[c]).join(","));
  sales.byOwner.forEach((groups, owner) => {
    if (!groups) return;
    const id = sellers[owner] as string;
    const name = salesListName(id);
    let b = buckets.get(name);
    if (!b) buckets.set(name, (b = { actorId: [], sigStart: [0], sigChains: [], sigDeals: [] }));
    b.actorId.push(id);
    for (let i = 0; i < groups.length; i += 2) {
      b.sigChains.push(sigNames[groups[i] as number] as string);
      b.sigDeals.push(groups[i + 1] as number);
    }
    b.sigStart.push(b.sigChains.length);
  });
  return new Map(buckets);
}

/** Each seller's deals in the chain set, from its bucket lists (sellers without a sale there are absent). */
function salesInChains(
  buckets: ReadonlyMap<string, ListArrays>,
  sellerIds: readonly string[],
  chainSet: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of sellerIds) {
    const list = buckets.get(salesListName(id));
    if (!list) continue;
    const at = column<string>(list, "actorId").indexOf(id);
    if (at < 0) continue;
    const start = column<number>(list, "sigStart");
    const sigChains = column<string>(list, "sigChains");
    const sigDeals = column<number>(list, "sigDeals");
    let n = 0;
    for (let k = start[at] as number; k < (start[at + 1] as number); k++) {
      if ((sigChains[k] as string).split(",").some((c) => chainSet.includes(c))) n += sigDeals[k] as number;
    }
    if (n > 0) out.set(id, n);
  }
  return out;
}

async function resultLists(
  facts: GraphFacts,
  chains: Interner,
  set: DealSet,
  chainSets: string[][],
): Promise<Map<string, ListArrays>> {
  const { orgs, results } = facts;
  const chainIds = chains.ids;
  // Sellers' sales by the chains of the results they transfer (owners: developer ids): a deal
  // counted once per seller, as test/integration/definitions/list-seller-sales.cypher defines them.
  const developers = new Interner();
  const sales = new SignatureCounts();
  const dealChains = set.chains.map((c) => chains.of(c));
  for (const d of set.deals) {
    if (d.resultChainCount === 0) continue;
    const sig = d.chains
      .slice(0, d.resultChainCount)
      .map((c) => dealChains[c] as number)
      .sort((a, b) => a - b);
    for (const s of d.sellers) sales.add(developers.of(set.ids[s] as string), sig, 1);
  }
  // Each result's developer (the first by id, as in list-result-details.cypher) and its location.
  const ids = results.ids;
  const trl = results.trl;
  const status = results.status;
  const resultChains = results.chains;
  const dev = new Int32Array(ids.length);
  const inChengdu = new Int8Array(ids.length);
  const byChain: number[][] = [];
  for (let r = 0; r < ids.length; r++) {
    const first = (results.developers[r] as number[])[0] ?? -1;
    dev[r] = first < 0 ? -1 : developers.of(orgs.ids.ids[first] as string);
    inChengdu[r] = first < 0 ? -1 : (orgs.inChengdu[first] as number);
  }
  const distinctChains = resultChains.map(distinct);
  distinctChains.forEach((list, r) => {
    for (const c of list) (byChain[c] ??= []).push(r);
  });
  // What a result's score takes of it whatever the chain set, as one code per result: TRL,
  // status and location (−1 when a value is out of the codes' range: scored directly).
  const trlIndex = new Interner();
  const statusIndex = new Interner();
  const fixedCode = Int32Array.from(ids, (_, r) => {
    const t = trlIndex.of(String(trl[r]));
    const st = statusIndex.of(status[r] as string);
    return t < 32 && st < 16 ? (t * 16 + st) * 3 + (inChengdu[r] as number) + 1 : -1;
  });
  const lists = salesLists(sales, developers.ids, chainIds);
  const seen = new Uint8Array(ids.length);
  const recordOf = new Float64Array(developers.size);
  for (const chainSet of chainSets) {
    await nextTurn();
    const times = timesIn(chains, chainSet);
    const hits = sales.meets(times);
    const candidates = unionOf(chainSet, chains, byChain, seen);
    // A developer's record once per chain set (its results share it).
    recordOf.fill(-1);
    const record = (r: number) => {
      const d = dev[r] as number;
      if (d < 0) return 0;
      if ((recordOf[d] as number) < 0) recordOf[d] = sales.total(d, hits);
      return recordOf[d] as number;
    };
    // Ranked without text (no full-text hit): what a demand's text adds is scored per request.
    const features = (r: number): ResultFeatures => ({
      chains: chainSet.filter((c) => (resultChains[r] as number[]).some((x) => chainIds[x] === c)),
      demandChainCount: chainSet.length,
      textScore: 0,
      bestTextScore: 0,
      trl: (trl[r] as number) < 0 ? null : (trl[r] as number),
      status: status[r] as string,
      inChengdu: inChengdu[r] === -1 ? null : inChengdu[r] === 1,
      districtName: null,
      developerDeals: record(r),
    });
    // Scored once per distinct feature values (of the chains, the score takes their count).
    const cache = new ScoreCache();
    const scores = new Float64Array(candidates.length);
    for (let k = 0; k < candidates.length; k++) {
      const r = candidates[k] as number;
      // Codes: chains in the set and the fixed code; count: the developer's record.
      const fixed = fixedCode[r] as number;
      const code = fixed < 0 ? -1 : codeOf(overlap(distinctChains[r] as number[], times), 32, fixed, FIXED_BOUND, 0, 1);
      const sold = record(r);
      const cached = sold < COUNT_BOUND ? code : -1;
      scores[k] = cache.get(cached, sold) ?? cache.set(cached, sold, resultScore(features(r)));
    }
    const head = headOf(candidates, scores, (r) => ids[r] as string).map((k) => {
      const r = candidates[k] as number;
      return { id: ids[r] as string, features: features(r) };
    });
    lists.set(resultListName(chainSet), {
      actorId: head.map((h) => h.id),
      chainMask: head.map((h) => maskOf(h.features.chains, chainSet)),
      trl: head.map((h) => h.features.trl ?? -1),
      status: head.map((h) => h.features.status),
      inChengdu: head.map((h) => (h.features.inChengdu === null ? -1 : h.features.inChengdu ? 1 : 0)),
      developerDeals: head.map((h) => h.features.developerDeals),
    });
  }
  return lists;
}

/** A stored result entry: the features of match-scores.ts's result score but the text. */
export interface StoredResultEntry {
  id: string;
  chains: string[];
  trl: number | null;
  status: string;
  inChengdu: boolean | null;
  developerDeals: number;
}

/** A stored broker entry: every feature of match-scores.ts's broker score. */
export interface StoredBrokerEntry {
  id: string;
  specialties: string[];
  chainDeals: number;
  chengduDeals: number;
  titleLevel: string;
}

const column = <T>(list: ListArrays, name: string): T[] => (list[name] ?? []) as T[];

function readResultList(list: ListArrays, chainSet: readonly string[]): StoredResultEntry[] {
  const [mask, trl, status, location, record] = [
    column<number>(list, "chainMask"),
    column<number>(list, "trl"),
    column<string>(list, "status"),
    column<number>(list, "inChengdu"),
    column<number>(list, "developerDeals"),
  ];
  return column<string>(list, "actorId").map((id, i) => ({
    id,
    chains: chainsOfMask(mask[i] as number, chainSet),
    trl: (trl[i] as number) < 0 ? null : (trl[i] as number),
    status: status[i] as string,
    inChengdu: location[i] === -1 ? null : location[i] === 1,
    developerDeals: record[i] as number,
  }));
}

function readBrokerList(list: ListArrays, chainSet: readonly string[]): StoredBrokerEntry[] {
  const [mask, chainDeals, chengduDeals, titles] = [
    column<number>(list, "specialtyMask"),
    column<number>(list, "chainDeals"),
    column<number>(list, "chengduDeals"),
    column<string>(list, "titleLevel"),
  ];
  return column<string>(list, "actorId").map((id, i) => ({
    id,
    specialties: chainsOfMask(mask[i] as number, chainSet),
    chainDeals: chainDeals[i] as number,
    chengduDeals: chengduDeals[i] as number,
    titleLevel: titles[i] as string,
  }));
}

/** A stored matching list of a demand's chains, read by `read`, or null (see storedResultList). */
async function storedMatchList<T>(
  ctx: StoredListContext,
  chainIds: readonly string[],
  nameOf: (chainIds: readonly string[]) => string,
  read: (list: ListArrays, chainSet: readonly string[]) => T[],
): Promise<T[] | null> {
  if (!hasMatchLists(chainIds)) return null;
  const list = await storedList(ctx, LISTS_PERIOD, nameOf(chainIds));
  return list && read(list, chainIds);
}

/**
 * The stored result list of a demand's chains (ids ascending, as the demand lists them) for the
 * current graph version, or null when there is none (no run stored it yet, or no chains).
 */
export const storedResultList = (
  ctx: StoredListContext,
  chainIds: readonly string[],
): Promise<StoredResultEntry[] | null> => storedMatchList(ctx, chainIds, resultListName, readResultList);

/** The stored broker list of a demand's chains (see storedResultList). */
export const storedBrokerList = (
  ctx: StoredListContext,
  chainIds: readonly string[],
): Promise<StoredBrokerEntry[] | null> => storedMatchList(ctx, chainIds, brokerListName, readBrokerList);

/**
 * Sellers' deals in a chain set from the stored sales buckets (sellers without a sale there are
 * absent), or null when the current graph version has no stored results.
 */
export async function storedSales(
  ctx: StoredListContext,
  sellerIds: readonly string[],
  chainIds: readonly string[],
): Promise<Map<string, number> | null> {
  const buckets = await storedLists(ctx, LISTS_PERIOD, sellerIds.map(salesListName));
  return buckets && salesInChains(buckets, sellerIds, chainIds);
}
