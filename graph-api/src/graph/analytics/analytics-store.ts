/**
 * Where analytics results live in Neo4j (migration 004): per graph version and period a `slot`
 * ('<version>|<from>..<to>', '*' for an open end) with one (:NetworkPeriod) holding the period's
 * figures and the heads of its rankings, (:NetworkChunk) nodes holding the actors' metrics as
 * aligned arrays (actor-chunks.ts), and (:AnalyticsList) nodes for what a read needs beyond the
 * heads. Chunks and lists are written first and the period node last, so its presence means the
 * slot is complete. Every read is an index seek on (slot, chunk) or (slot, name) plus a bounded
 * slice: no request reads an array as long as the network.
 *
 * Chunk fields (few, long properties: a chunk read costs one store read per property):
 *  - actorId, actorType: one entry per actor;
 *  - metrics: METRIC_FIELDS.length numbers per actor (actor-chunks.ts: inChengdu 1 / 0 / −1
 *    unknown, degree −1 = not in the collaboration graph (a broker), …, constraint NaN = none,
 *    the six ranks, 0 = none);
 *  - tieStart (offsets, one more than actors), tieTo (refs), tieWeight: each actor's heaviest ties;
 *  - roles: 14 per actor — coordinator, gatekeeper, representative, consultant, liaison, total,
 *    unclassified under IN_CHENGDU, then the same under CHAIN (total −1: none).
 * Numbers are stored as floats (exact for integers below 2^53): they cross Bolt as plain numbers,
 * without an Integer object per value, which made writing chunks the run's slowest part.
 *
 * Period node: the figures; `by<Key>` the first RANKING_HEAD refs of each ranking; `byRoles…`
 * the first RANKING_HEAD intermediaries with their ids, types and roles inline (`…Id`, `…Type`,
 * `…Roles`, 7 per actor); communitySizes; communityTopId / communityTopType (COMMUNITY_LABEL_SIZE
 * per community, '' pads); communityDeals (one per community) with communityChainId /
 * communityChainDeals (COMMUNITY_CHAINS per community: its dominant chains, '' and 0 pad). Format 3
 * added the community deals and chains, format 4 the partner pages' deals per chain and the
 * matching lists of the all-dates slot
 * (match-lists.ts). Lists of the slot: 'rankings' (every ranking in full, for a limit above
 * the head), 'community|<c>' (`by<Key>`: the community's first RANKING_HEAD members under each key).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { runQuery, type RunOptions } from "../../db/run-query.js";
import type { Period } from "../network/network-service.js";
import { chunkCount, chunkOfId, METRIC_FIELDS, refOf, ROLE_FIELDS } from "./actor-chunks.js";
import { SORT_KEYS, type MetricRow, type PeriodNetwork } from "./period-network.js";

export const periodKey = (p: Period): string => `${p.from ?? "*"}..${p.to ?? "*"}`;
export const slotOf = (graphVersion: number, period: string): string => `${graphVersion}|${period}`;

/**
 * Layout version of what a run stores. Reads ignore periods of another layout and a run
 * recomputes them, so results stored by an older release are never misread. Format 4 added the
 * partner lists' chainDeals and stores their codes as bytes (partner-lists.ts).
 */
export const STORE_FORMAT = 4;
/** Entries of each ranking kept on the period node (a request for more reads the 'rankings' list). */
export const RANKING_HEAD = 1000;

const DELETE_BATCH = 500;
/**
 * Every query of an analytics run gets this transaction timeout: far above what x10 scale needs
 * on a busy machine (a run is a background job, not a request), yet a stuck query still ends.
 */
export const RUN_QUERY_TIMEOUT_MS = 3_600_000;
const WRITE_TIMEOUT_MS = RUN_QUERY_TIMEOUT_MS;
/** Chunks written per transaction, and transactions in flight at once. */
const CHUNKS_PER_WRITE = 128;
const PARALLEL_WRITES = 2;
/** Lists written per transaction. */
const LISTS_PER_WRITE = 64;

export interface SlotInfo {
  slot: string;
  graphVersion: number | null;
  period: string | null;
  complete: boolean;
  format: number | null;
  /** When the period node was written (ISO), null for leftovers. */
  computedAt: string | null;
}

const cap = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

export async function listSlots(driver: Driver, database?: string): Promise<SlotInfo[]> {
  return runQuery<SlotInfo & Record<string, unknown>>(driver, "analytics/list-slots", {}, { database });
}

export async function deleteSlot(driver: Driver, slot: string, database?: string): Promise<void> {
  for (;;) {
    const [r] = await runQuery<{ deleted: number }>(
      driver,
      "analytics/delete-slot-batch",
      { slot, batch: DELETE_BATCH },
      { database, mode: "WRITE", timeoutMs: WRITE_TIMEOUT_MS },
    );
    if ((r?.deleted ?? 0) < DELETE_BATCH) return;
  }
}

/** The arrays of one chunk from its rows (in position order) and the ordinal → ref map. */
function chunkArrays(rows: readonly MetricRow[], refs: Int32Array): Record<string, unknown> {
  const F = METRIC_FIELDS.length;
  const metrics = new Array<number>(rows.length * F);
  const roles = new Array<number>(rows.length * 2 * ROLE_FIELDS);
  const tieStart = [0];
  const tieTo: number[] = [];
  const tieWeight: number[] = [];
  rows.forEach((r, i) => {
    const m = metricValues(r);
    for (let k = 0; k < F; k++) metrics[i * F + k] = m[k] as number;
    const both = [...(r.rolesInChengdu ?? NO_ROLES), ...(r.rolesChain ?? NO_ROLES)];
    for (let k = 0; k < 2 * ROLE_FIELDS; k++) roles[i * 2 * ROLE_FIELDS + k] = both[k] as number;
    for (const o of r.tieTo ?? []) tieTo.push(refs[o] as number);
    for (const w of r.tieWeight ?? []) tieWeight.push(w);
    tieStart.push(tieTo.length);
  });
  return {
    actorId: rows.map((r) => r.actorId),
    actorType: rows.map((r) => r.actorType),
    metrics,
    tieStart,
    tieTo,
    tieWeight,
    roles,
  };
}

const NO_ROLES = [0, 0, 0, 0, 0, -1, 0];

/** An actor's numbers in METRIC_FIELDS order. */
function metricValues(r: MetricRow): number[] {
  return [
    r.inChengdu === null ? -1 : r.inChengdu ? 1 : 0,
    r.degree ?? -1,
    r.weightedDegree ?? 0,
    r.degreeCentrality ?? 0,
    r.betweenness ?? 0,
    r.pagerank ?? 0,
    r.community ?? -1,
    r.communityRank ?? 0,
    r.constraint ?? Number.NaN,
    r.effectiveSize ?? 0,
    ...SORT_KEYS.map((k) => r[`${k}Rank`] ?? 0),
  ];
}

/** Write a period's actors in chunks; returns each ordinal's ref and the chunk count. */
async function writeChunks(
  driver: Driver,
  slot: string,
  rows: readonly MetricRow[],
  opts: RunOptions,
): Promise<{ refs: Int32Array; chunks: number }> {
  // Lay the actors out in chunks by a hash of their id; ref = chunk · 65536 + position.
  const chunks = chunkCount(rows.length);
  const members: MetricRow[][] = Array.from({ length: chunks }, () => []);
  const refs = new Int32Array(rows.length);
  for (const r of rows) {
    const c = chunkOfId(r.actorId, chunks);
    const list = members[c] as MetricRow[];
    refs[r.ordinal] = refOf(c, list.length);
    list.push(r);
  }
  const queue = members.map((list, c) => ({ c, list })).filter((x) => x.list.length > 0);
  await writeInBatches(queue, CHUNKS_PER_WRITE, (batch) =>
    runQuery(
      driver,
      "analytics/write-chunk",
      { slot, chunks: batch.map(({ c, list }) => ({ chunk: neo4j.int(c), arrays: chunkArrays(list, refs) })) },
      opts,
    ),
  );
  return { refs, chunks };
}

/** Write `items`, `size` per transaction, at most PARALLEL_WRITES transactions at once. */
async function writeInBatches<T>(
  items: readonly T[],
  size: number,
  write: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  const batches: T[][] = [];
  for (let k = 0; k < items.length; k += size) batches.push(items.slice(k, k + size));
  let next = 0;
  const lane = async () => {
    while (next < batches.length) await write(batches[next++] as T[]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, batches.length) }, lane));
}

/** Store lists of a slot (name → arrays), many per transaction. */
export async function writeListBatch(
  driver: Driver,
  slot: string,
  lists: ReadonlyMap<string, Record<string, unknown[] | Int8Array>>,
  database?: string,
): Promise<void> {
  const all = [...lists].map(([name, arrays]) => ({ name, arrays }));
  await writeInBatches(all, LISTS_PER_WRITE, (batch) =>
    runQuery(
      driver,
      "analytics/write-lists",
      { slot, lists: batch },
      { database, mode: "WRITE", timeoutMs: WRITE_TIMEOUT_MS },
    ),
  );
}

/**
 * What the period node carries inline: the heads of the rankings, the intermediaries at the head of
 * each roles ranking with their ids, types and roles, and the communities' label members, so that
 * an answer reads no chunk for them.
 */
function inlineHeads(
  rows: readonly MetricRow[],
  f: PeriodNetwork["figures"],
  toRefs: (ordinals: readonly number[]) => number[],
): Record<string, unknown[]> {
  const head = (ordinals: readonly number[]) => toRefs(ordinals.slice(0, RANKING_HEAD));
  const inline: Record<string, unknown[]> = Object.fromEntries(
    SORT_KEYS.map((s) => [`by${cap(s)}`, head(f.rankings[s])]),
  );
  for (const [g, field] of [
    ["IN_CHENGDU", "rolesInChengdu"],
    ["CHAIN", "rolesChain"],
  ] as const) {
    const top = f.intermediaries[g].slice(0, RANKING_HEAD).map((o) => rows[o] as MetricRow);
    const name = `byRoles${g === "CHAIN" ? "Chain" : "InChengdu"}`;
    inline[name] = head(f.intermediaries[g]);
    inline[`${name}Id`] = top.map((r) => r.actorId);
    inline[`${name}Type`] = top.map((r) => r.actorType);
    inline[`${name}Roles`] = top.flatMap((r) => r[field] ?? NO_ROLES);
  }
  const label = (o: number) => (o < 0 ? null : (rows[o] as MetricRow));
  inline.communityTopId = f.communityTop.map((o) => label(o)?.actorId ?? "");
  inline.communityTopType = f.communityTop.map((o) => label(o)?.actorType ?? "");
  inline.communityDeals = f.communityDeals;
  inline.communityChainId = f.communityChainIds;
  inline.communityChainDeals = f.communityChainDeals;
  return inline;
}

/**
 * Writes a period's chunks, then whatever `beforeCompletion` adds to the slot (it gets each
 * actor's ref by actor id), then the period node that marks the slot complete. The network's rows
 * are released once written (`network.rows` is emptied): `beforeCompletion` may need the memory.
 */
export async function writePeriod(
  driver: Driver,
  w: { slot: string; graphVersion: number; period: Period; network: PeriodNetwork; computeMs: number },
  database?: string,
  beforeCompletion: (refs: ReadonlyMap<string, number>) => Promise<void> = async () => {},
): Promise<void> {
  const opts = { database, mode: "WRITE" as const, timeoutMs: WRITE_TIMEOUT_MS };
  const f = w.network.figures;
  const { refs, chunks } = await writeChunks(driver, w.slot, w.network.rows, opts);
  const toRefs = (ordinals: readonly number[]) => ordinals.map((o) => (o < 0 ? -1 : (refs[o] as number)));
  const inline = inlineHeads(w.network.rows, f, toRefs);
  const refById = new Map(w.network.rows.map((r) => [r.actorId, refs[r.ordinal] as number]));
  // No reference to the rows may outlive this line (at x10 they are most of the heap).
  w.network.rows = [];
  await beforeCompletion(refById);
  refById.clear();

  // The full rankings (read only for a limit above the head) and each community's heads.
  const lists = new Map<string, Record<string, unknown[]>>();
  lists.set("rankings", {
    ...Object.fromEntries(SORT_KEYS.map((s) => [`by${cap(s)}`, toRefs(f.rankings[s])])),
    ...Object.fromEntries(SORT_KEYS.map((s) => [`communityBy${cap(s)}`, toRefs(f.communityRankings[s])])),
    communityStart: f.communityStart,
    byRolesInChengdu: toRefs(f.intermediaries.IN_CHENGDU),
    byRolesChain: toRefs(f.intermediaries.CHAIN),
  });
  f.communitySizes.forEach((size, c) => {
    const from = f.communityStart[c] as number;
    const to = from + Math.min(size, RANKING_HEAD);
    lists.set(
      `community|${c}`,
      Object.fromEntries(SORT_KEYS.map((s) => [`by${cap(s)}`, toRefs(f.communityRankings[s].slice(from, to))])),
    );
  });
  await writeListBatch(driver, w.slot, lists, database);

  await runQuery(
    driver,
    "analytics/write-period",
    {
      slot: w.slot,
      props: {
        ...inline,
        communitySizes: f.communitySizes,
        format: neo4j.int(STORE_FORMAT),
        graphVersion: neo4j.int(w.graphVersion),
        period: periodKey(w.period),
        from: w.period.from,
        to: w.period.to,
        chunks: neo4j.int(chunks),
        computeMs: neo4j.int(w.computeMs),
        nodeCount: neo4j.int(f.nodeCount),
        edgeCount: neo4j.int(f.edgeCount),
        communityCount: neo4j.int(f.communityCount),
        modularity: f.modularity,
        betweennessSampled: f.betweennessSampled,
        betweennessPivots: f.betweennessPivots === null ? null : neo4j.int(f.betweennessPivots),
        betweennessErrorBound: f.betweennessErrorBound,
        engine: f.engine,
      },
    },
    opts,
  );
}
