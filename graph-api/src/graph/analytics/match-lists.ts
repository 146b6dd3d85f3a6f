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
import type { Driver } from "neo4j-driver";
import { streamQuery, runQuery } from "../../db/run-query.js";
import { brokerScore, resultScore, type BrokerFeatures, type ResultFeatures } from "../matching/match-scores.js";
import { chunkOfId } from "./actor-chunks.js";
import { storedList, storedLists, type StoredListContext } from "./stored-lists.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";
import type { DealSet } from "./deal-parties.js";
import type { ListArrays } from "./gap-lists.js";

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
  readonly byOwner = new Map<number, number[]>();

  add(owner: number, chains: readonly number[], count: number): void {
    const key = chains.join(",");
    let s = this.index.get(key);
    if (s === undefined) this.index.set(key, (s = this.signatures.push([...chains]) - 1));
    const list = this.byOwner.get(owner);
    if (!list) {
      this.byOwner.set(owner, [s, count]);
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

  /** Per signature: does it meet the chain set (chain indices marked in `inSet`)? */
  meets(inSet: Uint8Array): Uint8Array {
    return Uint8Array.from(this.signatures, (sig) => (sig.some((c) => inSet[c] === 1) ? 1 : 0));
  }

  /** The owner's count over the signatures marked in `hits`. */
  total(owner: number, hits: Uint8Array): number {
    const list = this.byOwner.get(owner);
    let n = 0;
    if (list) for (let i = 0; i < list.length; i += 2) if (hits[list[i] as number] === 1) n += list[i + 1] as number;
    return n;
  }
}

/** Chain ids by index, shared by every table of a run's matching lists. */
class ChainTable {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) this.index.set(id, (i = this.ids.push(id) - 1));
    return i;
  }
  /** Marks of a chain set's chains (unknown chains mark nothing). */
  marks(chainSet: readonly string[]): Uint8Array {
    const m = new Uint8Array(Math.max(this.ids.length, 1));
    for (const c of chainSet) {
      const i = this.index.get(c);
      if (i !== undefined) m[i] = 1;
    }
    return m;
  }
}

/**
 * The first MATCH_HEAD candidates in the live rankings' order (score, then id), from their scores
 * (`scores[k]` is candidate k's): only those at or above the MATCH_HEAD-th score are sorted.
 */
function headOf(candidates: readonly number[], scores: Float64Array, idOf: (i: number) => string): number[] {
  const floor =
    candidates.length <= MATCH_HEAD
      ? -Infinity
      : (Float64Array.from(scores).sort()[scores.length - MATCH_HEAD] as number);
  const kept: { i: number; id: string; score: number }[] = [];
  candidates.forEach((i, k) => {
    if ((scores[k] as number) >= floor) kept.push({ i, id: idOf(i), score: scores[k] as number });
  });
  return kept
    .sort(byScoreThenId)
    .slice(0, MATCH_HEAD)
    .map((x) => x.i);
}

const byScoreThenId = (a: { id: string; score: number }, b: { id: string; score: number }) =>
  b.score - a.score || (a.id < b.id ? -1 : 1);

/** Streams what the lists need and writes both lists of every demanded chain set. */
export async function writeMatchLists(
  driver: Driver,
  slot: string,
  set: DealSet,
  write: (slot: string, lists: Map<string, ListArrays>) => Promise<void>,
  database?: string,
): Promise<void> {
  const opts = { database, timeoutMs: RUN_QUERY_TIMEOUT_MS };
  const chainSets = (await runQuery<{ chains: string[] }>(driver, "matching/list-demand-chain-sets", {}, opts))
    .map((r) => r.chains)
    .filter(hasMatchLists);
  if (chainSets.length === 0) return;
  const chains = new ChainTable();
  // Both sides at once: the database streams one side while this process scores the other.
  const [brokers, results] = await Promise.all([
    brokerLists(driver, set, chains, chainSets, database),
    resultLists(driver, chains, chainSets, database),
  ]);
  await write(slot, new Map([...brokers, ...results]));
}

async function brokerLists(
  driver: Driver,
  set: DealSet,
  chains: ChainTable,
  chainSets: string[][],
  database?: string,
): Promise<Map<string, ListArrays>> {
  const ids: string[] = [];
  const titles: string[] = [];
  const specialties: number[][] = [];
  const chengdu: number[] = [];
  const ownerOf = new Map<string, number>();
  await streamQuery(
    driver,
    "matching/list-broker-cards",
    {},
    database,
    (r) => {
      ownerOf.set(r.get("id") as string, ids.push(r.get("id") as string) - 1);
      titles.push(r.get("titleLevel") as string);
      specialties.push((r.get("specialties") as string[]).map((c) => chains.of(c)));
      chengdu.push(Number(r.get("chengduDeals")));
    },
    RUN_QUERY_TIMEOUT_MS,
  );
  // Each broker's deals by their chains, from the deals the run already holds (a deal's chains:
  // its transferred results' and answered demands', as in rank-broker-candidates.cypher).
  const deals = new SignatureCounts();
  const ownerOfActor = Int32Array.from(set.ids, (id) => ownerOf.get(id) ?? -1);
  const dealChains = set.chains.map((c) => chains.of(c));
  for (const d of set.deals) {
    if (d.chains.length === 0) continue;
    const sig = d.chains.map((c) => dealChains[c] as number).sort((a, b) => a - b);
    for (const b of d.brokers) {
      const owner = ownerOfActor[b] as number;
      if (owner >= 0) deals.add(owner, sig, 1);
    }
  }
  const lists = new Map<string, ListArrays>();
  for (const chainSet of chainSets) {
    const inSet = chains.marks(chainSet);
    const hits = deals.meets(inSet);
    const chainDeals = new Float64Array(ids.length);
    const candidates: number[] = [];
    for (let b = 0; b < ids.length; b++) {
      chainDeals[b] = deals.total(b, hits);
      if (chainDeals[b]! > 0 || (specialties[b] as number[]).some((c) => inSet[c] === 1)) candidates.push(b);
    }
    const features = (b: number): BrokerFeatures => ({
      specialties: chainSet.filter((c) => (specialties[b] as number[]).some((s) => chains.ids[s] === c)),
      demandChainCount: chainSet.length,
      chainDeals: chainDeals[b] as number,
      chengduDeals: chengdu[b] as number,
      titleLevel: titles[b] as string,
    });
    const scores = Float64Array.from(candidates, (b) => brokerScore(features(b)));
    const head = headOf(candidates, scores, (b) => ids[b] as string).map((b) => ({
      id: ids[b] as string,
      features: features(b),
    }));
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

/** The sellers' sales in buckets: actorId; sigStart (offsets); sigChains (chain ids joined by ','), sigDeals. */
function salesLists(
  sales: SignatureCounts,
  sellers: readonly string[],
  chainIds: readonly string[],
): Map<string, ListArrays> {
  const buckets = new Map<string, { actorId: string[]; sigStart: number[]; sigChains: string[]; sigDeals: number[] }>();
  const sigNames = sales.signatures.map((sig) => sig.map((c) => chainIds[c]).join(","));
  for (const [owner, groups] of sales.byOwner) {
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
  }
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
  driver: Driver,
  chains: ChainTable,
  chainSets: string[][],
  database?: string,
): Promise<Map<string, ListArrays>> {
  // Sellers' sales by the chains of the results they transfer (owners: developer ids).
  const developerOf = new Map<string, number>();
  const developer = (id: string) => {
    let i = developerOf.get(id);
    if (i === undefined) developerOf.set(id, (i = developerOf.size));
    return i;
  };
  const sales = new SignatureCounts();
  // Streamed beside the results' cards below.
  const salesStreamed = streamQuery(
    driver,
    "matching/list-seller-sales",
    {},
    database,
    (r) => {
      const sig = (r.get("chains") as string[]).map((c) => chains.of(c)).sort((a, b) => a - b);
      sales.add(developer(r.get("id") as string), sig, Number(r.get("deals")));
    },
    RUN_QUERY_TIMEOUT_MS,
  );
  // Results as columns (hundreds of thousands at x10): ids, then numbers per result.
  const ids: string[] = [];
  const trl: number[] = [];
  const status: string[] = [];
  const statuses = new Map<string, string>(); // one string per status value, not one per result
  const inChengdu: number[] = [];
  const dev: number[] = [];
  const byChain: number[][] = [];
  const resultChains: number[][] = [];
  await streamQuery(
    driver,
    "matching/list-result-cards",
    {},
    database,
    (r) => {
      const i = ids.push(r.get("id") as string) - 1;
      const t = r.get("trl") as number | null;
      trl.push(t === null ? -1 : Number(t));
      const st = r.get("status") as string;
      status.push(statuses.get(st) ?? (statuses.set(st, st), st));
      const loc = r.get("inChengdu") as boolean | null;
      inChengdu.push(loc === null ? -1 : loc ? 1 : 0);
      const d = r.get("developerId") as string | null;
      dev.push(d === null ? -1 : developer(d));
      const own = (r.get("chains") as string[]).map((c) => chains.of(c));
      resultChains.push(own);
      for (const c of own) (byChain[c] ??= []).push(i);
    },
    RUN_QUERY_TIMEOUT_MS,
  );
  await salesStreamed;
  const lists = salesLists(sales, [...developerOf.keys()], chains.ids);
  const seen = new Uint8Array(ids.length);
  const recordOf = new Float64Array(developerOf.size);
  for (const chainSet of chainSets) {
    const inSet = chains.marks(chainSet);
    const hits = sales.meets(inSet);
    const candidates: number[] = [];
    for (const c of chainSet.map((id) => chains.of(id))) {
      for (const r of byChain[c] ?? []) {
        if (seen[r] === 0) {
          seen[r] = 1;
          candidates.push(r);
        }
      }
    }
    for (const r of candidates) seen[r] = 0;
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
      chains: chainSet.filter((c) => (resultChains[r] as number[]).some((x) => chains.ids[x] === c)),
      demandChainCount: chainSet.length,
      textScore: 0,
      bestTextScore: 0,
      trl: (trl[r] as number) < 0 ? null : (trl[r] as number),
      status: status[r] as string,
      inChengdu: inChengdu[r] === -1 ? null : inChengdu[r] === 1,
      districtName: null,
      developerDeals: record(r),
    });
    const scores = Float64Array.from(candidates, (r) => resultScore(features(r)));
    const head = headOf(candidates, scores, (r) => ids[r] as string).map((r) => ({
      id: ids[r] as string,
      features: features(r),
    }));
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

/**
 * The stored result list of a demand's chains (ids ascending, as the demand lists them) for the
 * current graph version, or null when there is none (no run stored it yet, or no chains).
 */
export async function storedResultList(
  ctx: StoredListContext,
  chainIds: readonly string[],
): Promise<StoredResultEntry[] | null> {
  if (!hasMatchLists(chainIds)) return null;
  const list = await storedList(ctx, LISTS_PERIOD, resultListName(chainIds));
  return list && readResultList(list, chainIds);
}

/** The stored broker list of a demand's chains (see storedResultList). */
export async function storedBrokerList(
  ctx: StoredListContext,
  chainIds: readonly string[],
): Promise<StoredBrokerEntry[] | null> {
  if (!hasMatchLists(chainIds)) return null;
  const list = await storedList(ctx, LISTS_PERIOD, brokerListName(chainIds));
  return list && readBrokerList(list, chainIds);
}

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
