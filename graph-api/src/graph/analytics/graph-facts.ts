/**
 * What the analytics run needs to know of the graph beyond its deals, read once per run: every
 * organisation, result (with a chain), demand (with a chain) and broker, each streamed by one
 * query (cypher/queries/analytics/list-*-facts.cypher) into compact arrays. The actor groups of
 * the networks (profilesOf), the partner pages (partner-lists.ts) and the matching lists
 * (match-lists.ts) are all derived from these — each of them used to walk the same organisations,
 * results and chains in queries of its own, several times over at x10 scale.
 */
import type { Driver } from "neo4j-driver";
import { runQuery, streamQuery } from "../../db/run-query.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";
import type { DealSet } from "./deal-parties.js";
import type { ActorProfile } from "./period-network.js";

/** Ids numbered in the order they are first seen. */
export class Interner {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  of(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) this.index.set(id, (i = this.ids.push(id) - 1));
    return i;
  }
  find(id: string): number | undefined {
    return this.index.get(id);
  }
  get size(): number {
    return this.ids.length;
  }
  /** A copy that numbers further ids on its own. */
  clone(): Interner {
    const copy = new Interner();
    for (const id of this.ids) copy.of(id);
    return copy;
  }
}

const NONE: readonly number[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);

/** Organisations by index (orgs.ids); an index seen only as a developer, poster or institution has no facts (see isOrg). */
export interface OrgFacts {
  ids: Interner;
  /** Its label but Entity; "" for an index with no facts. */
  type: string[];
  districtId: string[];
  districtName: string[];
  /** Of its district (own, or a lab's institution's): 1, 0, −1 unknown. */
  inChengdu: number[];
  /** One of its own districts is in Chengdu. */
  locatedInChengdu: boolean[];
  alliances: (readonly string[])[];
  /** Chain indices, one per relationship. */
  covers: (readonly number[])[];
  inChain: (readonly number[])[];
  /** Organisation indices of the institutions a lab is PART_OF. */
  institutions: (readonly number[])[];
}

export interface ResultFacts {
  ids: string[];
  /** −1: none. */
  trl: number[];
  status: string[];
  /** Chain indices, one per relationship (at least one). */
  chains: (readonly number[])[];
  /** Organisation indices of its developers, by id in Cypher's ascending order. */
  developers: (readonly number[])[];
}

export interface DemandFacts {
  open: boolean[];
  /** Chain indices, one per relationship (at least one). */
  chains: (readonly number[])[];
  /** Organisation indices of the enterprises that posted it. */
  posters: (readonly number[])[];
  /** The distinct chain sets of demands: chain ids in Cypher's ascending order, one per relationship. */
  chainSets: string[][];
}

export interface BrokerFacts {
  ids: string[];
  titleLevel: string[];
  /** Chain indices, one per relationship. */
  specialties: (readonly number[])[];
  /** Of its employer's district: 1, 0, −1 unknown. */
  inChengdu: number[];
}

export interface GraphFacts {
  /** Chain ids by index, shared by every list of the facts. */
  chains: Interner;
  orgs: OrgFacts;
  results: ResultFacts;
  demands: DemandFacts;
  brokers: BrokerFacts;
}

/** True when the organisation index has facts (not only seen as a developer, poster or institution). */
export const isOrg = (orgs: OrgFacts, o: number): boolean => orgs.type[o] !== "";

const tri = (b: boolean | null): number => (b === null ? -1 : b ? 1 : 0);

/**
 * Streams the four kinds of facts at once (the database walks one while this process reads
 * another). When one fails, the others stop too: the run has failed, and at x10 they would
 * otherwise go on for seconds.
 */
export async function loadFacts(driver: Driver, database?: string): Promise<GraphFacts> {
  const chains = new Interner();
  const strings = new Map<string, string>(); // one copy of each repeated value (types, districts, statuses)
  const shared = (s: string): string => strings.get(s) ?? (strings.set(s, s), s);
  const chainList = (ids: string[]): readonly number[] => (ids.length === 0 ? NONE : ids.map((c) => chains.of(c)));
  const orgIds = new Interner();
  const orgList = (ids: string[]): readonly number[] => (ids.length === 0 ? NONE : ids.map((o) => orgIds.of(o)));
  const orgs: OrgFacts = {
    ids: orgIds,
    type: [],
    districtId: [],
    districtName: [],
    inChengdu: [],
    locatedInChengdu: [],
    alliances: [],
    covers: [],
    inChain: [],
    institutions: [],
  };
  const results: ResultFacts = { ids: [], trl: [], status: [], chains: [], developers: [] };
  const demands: DemandFacts = { open: [], chains: [], posters: [], chainSets: [] };
  const brokers: BrokerFacts = { ids: [], titleLevel: [], specialties: [], inChengdu: [] };
  const setKeys = new Set<string>();
  const failed = new AbortController();
  const stream = (name: string, onRecord: Parameters<typeof streamQuery>[4]) =>
    streamQuery(driver, `analytics/${name}`, {}, database, onRecord, {
      timeoutMs: RUN_QUERY_TIMEOUT_MS,
      signal: failed.signal,
    }).catch((e: unknown) => {
      failed.abort(e);
      throw e;
    });
  // Settled, not all: the stopped streams close their sessions before the error goes up.
  await Promise.allSettled([
    stream("list-org-facts", (r) => {
      const i = orgIds.of(r.get("id") as string);
      orgs.type[i] = shared(r.get("type") as string);
      orgs.districtId[i] = shared((r.get("districtId") as string | null) ?? "");
      orgs.districtName[i] = shared((r.get("districtName") as string | null) ?? "");
      orgs.inChengdu[i] = tri(r.get("inChengdu") as boolean | null);
      orgs.locatedInChengdu[i] = r.get("locatedInChengdu") as boolean;
      const alliances = r.get("alliances") as string[];
      orgs.alliances[i] = alliances.length === 0 ? NO_IDS : alliances.map(shared);
      orgs.covers[i] = chainList(r.get("covers") as string[]);
      orgs.inChain[i] = chainList(r.get("inChain") as string[]);
      orgs.institutions[i] = orgList(r.get("institutions") as string[]);
    }),
    stream("list-result-facts", (r) => {
      results.ids.push(r.get("id") as string);
      const trl = r.get("trl") as number | null;
      results.trl.push(trl === null ? -1 : Number(trl));
      results.status.push(shared(r.get("status") as string));
      results.chains.push(chainList(r.get("chains") as string[]));
      results.developers.push(orgList(r.get("developers") as string[]));
    }),
    stream("list-demand-facts", (r) => {
      const ids = r.get("chains") as string[];
      demands.open.push(r.get("open") as boolean);
      demands.chains.push(chainList(ids));
      demands.posters.push(orgList(r.get("posters") as string[]));
      const key = [...ids].sort().join(",");
      if (!setKeys.has(key)) {
        setKeys.add(key);
        demands.chainSets.push(ids);
      }
    }),
    stream("list-broker-facts", (r) => {
      brokers.ids.push(r.get("id") as string);
      brokers.titleLevel.push(shared(r.get("titleLevel") as string));
      brokers.specialties.push(chainList(r.get("specialties") as string[]));
      brokers.inChengdu.push(tri(r.get("inChengdu") as boolean | null));
    }),
  ]);
  if (failed.signal.aborted) throw failed.signal.reason;
  // Indices seen only as a developer, poster or institution: no organisation facts.
  for (let i = 0; i < orgIds.size; i++) {
    if (orgs.type[i] !== undefined) continue;
    orgs.type[i] = "";
    orgs.districtId[i] = "";
    orgs.districtName[i] = "";
    orgs.inChengdu[i] = -1;
    orgs.locatedInChengdu[i] = false;
    orgs.alliances[i] = NO_IDS;
    orgs.covers[i] = NONE;
    orgs.inChain[i] = NONE;
    orgs.institutions[i] = NONE;
  }
  return { chains, orgs, results, demands, brokers };
}

/**
 * Group sets shared between actors with the same groups (a few hundred distinct sets for hundreds
 * of thousands of actors).
 */
function groupSets(): (groups: string[]) => ReadonlySet<string> {
  const shared = new Map<string, ReadonlySet<string>>();
  return (groups) => {
    const key = [...groups].sort().join("\u0000");
    let s = shared.get(key);
    if (!s) shared.set(key, (s = new Set(groups)));
    return s;
  };
}

/** Ids per query of loadProfiles. */
const ID_BATCH = 20_000;

/**
 * profilesOf for a run that does not read the facts (no all-dates period: one period asked for,
 * or only years): the same groups, asked for the deal set's actors only
 * (cypher/queries/network/list-party-groups-*.cypher, batched), instead of reading the whole graph.
 */
export async function loadProfiles(
  driver: Driver,
  set: DealSet,
  database?: string,
): Promise<Map<number, ActorProfile>> {
  const out = new Map<number, ActorProfile>();
  const setOf = groupSets();
  const opts = { database, timeoutMs: RUN_QUERY_TIMEOUT_MS };
  for (let k = 0; k < set.ids.length; k += ID_BATCH) {
    const batch = set.ids.slice(k, k + ID_BATCH);
    type Row = { id: string; type: string; groups: string[] };
    const [where, chains] = await Promise.all([
      runQuery<Row>(driver, "network/list-party-groups-in-chengdu", { ids: batch }, opts),
      runQuery<Row>(driver, "network/list-party-groups-chain", { ids: batch }, opts),
    ]);
    const chainsOf = new Map(chains.map((r) => [r.id, r.groups]));
    for (const r of where) {
      const i = set.indexOf.get(r.id);
      if (i === undefined) continue;
      out.set(i, { type: r.type, inChengdu: setOf(r.groups), chains: setOf(chainsOf.get(r.id) ?? []) });
    }
  }
  return out;
}

/**
 * The groups of each actor of the deal set (by its index), as the brokerage roles use them: its
 * type; IN_CHENGDU, the inChengdu of its district (an organisation's own, a lab's institution's, a
 * broker's employer's); CHAIN, its chains — an enterprise's IN_CHAIN, an agency's COVERS, a
 * broker's SPECIALIZES_IN, the chains of the results it (an institution: also its labs)
 * DEVELOPED. Actors that are neither an organisation nor a broker have no profile.
 */
export function profilesOf(facts: GraphFacts, set: DealSet): Map<number, ActorProfile> {
  const { orgs, results, brokers, chains } = facts;
  // Chains of the results each party developed (an institution: also its labs').
  const developed = new Map<number, Set<number>>();
  const addTo = (org: number, list: readonly number[]) => {
    if (!isOrg(orgs, org) || !set.indexOf.has(orgs.ids.ids[org] as string)) return;
    let s = developed.get(org);
    if (!s) developed.set(org, (s = new Set()));
    for (const c of list) s.add(c);
  };
  for (let r = 0; r < results.ids.length; r++) {
    const list = results.chains[r] as readonly number[];
    for (const d of results.developers[r] as readonly number[]) {
      addTo(d, list);
      if (orgs.type[d] === "Lab") {
        for (const i of orgs.institutions[d] as readonly number[]) if (orgs.type[i] === "Institution") addTo(i, list);
      }
    }
  }
  const brokerAt = new Map(brokers.ids.map((id, b) => [id, b]));
  const setOf = groupSets();
  const place = (t: number) => (t < 0 ? [] : [String(t === 1)]);
  const out = new Map<number, ActorProfile>();
  for (const [a, id] of set.ids.entries()) {
    const o = orgs.ids.find(id);
    if (o !== undefined && isOrg(orgs, o)) {
      const own = new Set([...(orgs.covers[o] as readonly number[]), ...(orgs.inChain[o] as readonly number[])]);
      for (const c of developed.get(o) ?? []) own.add(c);
      out.set(a, {
        type: orgs.type[o] as string,
        inChengdu: setOf(place(orgs.inChengdu[o] as number)),
        chains: setOf([...own].map((c) => chains.ids[c] as string)),
      });
      continue;
    }
    const b = brokerAt.get(id);
    if (b !== undefined) {
      out.set(a, {
        type: "Broker",
        inChengdu: setOf(place(brokers.inChengdu[b] as number)),
        chains: setOf([...new Set(brokers.specialties[b])].map((c) => chains.ids[c] as string)),
      });
    }
  }
  return out;
}
