/**
 * Where analytics results live in Neo4j (migration 004): per graph version and period a `slot`
 * ('<version>|<from>..<to>', '*' for an open end) with one (:NetworkPeriod) holding the period's
 * figures and rankings, and (:NetworkChunk) nodes holding the actors' metrics as aligned arrays
 * (actor-chunks.ts). Chunks are written first and the period node last, so its presence means the
 * slot is complete.
 *
 * Chunk fields, one entry per actor: actorId, actorType, inChengdu (1 / 0 / −1 unknown), degree
 * (−1: not in the collaboration graph — a broker), weightedDegree, degreeCentrality, betweenness,
 * pagerank, community, communityRank, constraint (NaN: none), effectiveSize, pagerankRank …
 * constraintRank (0: none), tieStart (offsets, one more than actors), tieTo (refs), tieWeight,
 * rolesInChengdu and rolesChain (7 per actor: coordinator, gatekeeper, representative,
 * consultant, liaison, total, unclassified; total −1: none).
 */
import neo4j, { type Driver, type Integer } from "neo4j-driver";
import { runQuery, type RunOptions } from "../../db/run-query.js";
import type { Period } from "../network/network-service.js";
import { chunkCount, chunkOfId, refOf } from "./actor-chunks.js";
import { SORT_KEYS, type MetricRow, type PeriodNetwork } from "./period-network.js";

export const periodKey = (p: Period): string => `${p.from ?? "*"}..${p.to ?? "*"}`;
export const slotOf = (graphVersion: number, period: string): string => `${graphVersion}|${period}`;

const DELETE_BATCH = 200;
/**
 * Every query of an analytics run gets this transaction timeout: far above what x10 scale needs
 * on a busy machine (a run is a background job, not a request), yet a stuck query still ends.
 */
export const RUN_QUERY_TIMEOUT_MS = 3_600_000;
const WRITE_TIMEOUT_MS = RUN_QUERY_TIMEOUT_MS;
/** Chunks written per transaction, and transactions in flight at once. */
const CHUNKS_PER_WRITE = 16;
const PARALLEL_WRITES = 2;

export interface SlotInfo {
  slot: string;
  graphVersion: number | null;
  period: string | null;
  complete: boolean;
}

const ints = (a: readonly number[]): Integer[] => a.map((x) => neo4j.int(x));
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
  const num = (f: (r: MetricRow) => number | null, none: number) => rows.map((r) => f(r) ?? none);
  const tieStart = [0];
  const tieTo: number[] = [];
  const tieWeight: number[] = [];
  for (const r of rows) {
    (r.tieTo ?? []).forEach((o) => tieTo.push(refs[o] as number));
    tieWeight.push(...(r.tieWeight ?? []));
    tieStart.push(tieTo.length);
  }
  const roles = (f: (r: MetricRow) => number[] | null) => rows.flatMap((r) => f(r) ?? [0, 0, 0, 0, 0, -1, 0]);
  return {
    actorId: rows.map((r) => r.actorId),
    actorType: rows.map((r) => r.actorType),
    inChengdu: ints(rows.map((r) => (r.inChengdu === null ? -1 : r.inChengdu ? 1 : 0))),
    degree: ints(num((r) => r.degree, -1)),
    weightedDegree: num((r) => r.weightedDegree, 0),
    degreeCentrality: num((r) => r.degreeCentrality, 0),
    betweenness: num((r) => r.betweenness, 0),
    pagerank: num((r) => r.pagerank, 0),
    community: ints(num((r) => r.community, -1)),
    communityRank: ints(num((r) => r.communityRank, 0)),
    constraint: num((r) => r.constraint, Number.NaN),
    effectiveSize: num((r) => r.effectiveSize, 0),
    ...Object.fromEntries(SORT_KEYS.map((k) => [`${k}Rank`, ints(num((r) => r[`${k}Rank`], 0))])),
    tieStart: ints(tieStart),
    tieTo: ints(tieTo),
    tieWeight: ints(tieWeight),
    rolesInChengdu: ints(roles((r) => r.rolesInChengdu)),
    rolesChain: ints(roles((r) => r.rolesChain)),
  };
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
  const batches: (typeof queue)[] = [];
  for (let k = 0; k < queue.length; k += CHUNKS_PER_WRITE) batches.push(queue.slice(k, k + CHUNKS_PER_WRITE));
  for (let k = 0; k < batches.length; k += PARALLEL_WRITES) {
    await Promise.all(
      batches
        .slice(k, k + PARALLEL_WRITES)
        .map((batch) =>
          runQuery(
            driver,
            "analytics/write-chunk",
            { slot, chunks: batch.map(({ c, list }) => ({ chunk: neo4j.int(c), arrays: chunkArrays(list, refs) })) },
            opts,
          ),
        ),
    );
  }
  return { refs, chunks };
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
  const { figures } = w.network;
  const { refs, chunks } = await writeChunks(driver, w.slot, w.network.rows, opts);
  const refById = new Map(w.network.rows.map((r) => [r.actorId, refs[r.ordinal] as number]));
  w.network.rows = [];
  await beforeCompletion(refById);
  refById.clear();
  const toRefs = (ordinals: readonly number[]) => ints(ordinals.map((o) => (o < 0 ? -1 : (refs[o] as number))));
  const f = figures;
  const lists: Record<string, Integer[]> = {
    ...Object.fromEntries(SORT_KEYS.map((s) => [`by${cap(s)}`, toRefs(f.rankings[s])])),
    ...Object.fromEntries(SORT_KEYS.map((s) => [`communityBy${cap(s)}`, toRefs(f.communityRankings[s])])),
    communityStart: ints(f.communityStart),
    communitySizes: ints(f.communitySizes),
    communityTop: toRefs(f.communityTop),
    byRolesInChengdu: toRefs(f.intermediaries.IN_CHENGDU),
    byRolesChain: toRefs(f.intermediaries.CHAIN),
  };
  await runQuery(
    driver,
    "analytics/write-period",
    {
      slot: w.slot,
      props: {
        ...lists,
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
