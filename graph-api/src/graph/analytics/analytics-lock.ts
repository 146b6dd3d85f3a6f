/**
 * The analytics lock: one runner at a time across every process that shares the database (API
 * processes, `ttgraph analyze`, the importer). A lease in (:AnalyticsLock {key:'analytics'}) that
 * the holder renews while it works (and uses to publish its progress); a runner that dies loses it
 * when the lease runs out.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";

/** A lease not renewed for this long is free for the next runner. */
export const LEASE_SECONDS = 90;
const RENEW_EVERY_MS = 15_000;

export interface LockState {
  running: boolean;
  owner: string | null;
  task: string | null;
  phase: string | null;
  done: number | null;
  total: number | null;
  startedAt: string | null;
  lastOutcome: string | null;
  lastTask: string | null;
  finishedAt: string | null;
  runs: number;
}

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export class LockLostError extends Error {
  override readonly name = "LockLostError";
}

export async function readLock(driver: Driver, database?: string, timeoutMs?: number): Promise<LockState> {
  const [row] = await runQuery<LockState & Record<string, unknown>>(
    driver,
    "analytics/get-lock",
    {},
    { database, timeoutMs },
  );
  return row as LockState;
}

/** A held lock: `progress` publishes (and renews), `release` ends it. Null when another owner holds it. */
export interface HeldLock {
  owner: string;
  progress(p: Progress): Promise<void>;
  release(outcome: string): Promise<void>;
}

export async function acquireLock(
  driver: Driver,
  owner: string,
  task: string,
  database?: string,
): Promise<{ lock: HeldLock | null; holder: LockState | null }> {
  const opts = { database, mode: "WRITE" as const };
  const [row] = await runQuery<{ acquired: boolean }>(
    driver,
    "analytics/acquire-lock",
    { owner, task, leaseSeconds: LEASE_SECONDS },
    opts,
  );
  if (!row?.acquired) return { lock: null, holder: await readLock(driver, database) };
  let last: Progress = { phase: "starting", done: 0, total: 0 };
  let lost = false;
  const renew = async () => {
    const [r] = await runQuery<{ held: boolean }>(
      driver,
      "analytics/renew-lock",
      { owner, leaseSeconds: LEASE_SECONDS, ...last },
      opts,
    );
    if (!r?.held) lost = true;
  };
  // Renewed on a timer as well as on progress: a long phase (one big query) keeps its lease.
  const timer = setInterval(() => void renew().catch(() => undefined), RENEW_EVERY_MS);
  timer.unref();
  return {
    holder: null,
    lock: {
      owner,
      async progress(p) {
        last = p;
        await renew();
        if (lost) throw new LockLostError(`analytics lock lost by ${owner} (lease expired)`);
      },
      async release(outcome) {
        clearInterval(timer);
        await runQuery(driver, "analytics/release-lock", { owner, outcome }, opts);
      },
    },
  };
}
