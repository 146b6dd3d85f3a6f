/**
 * The API side of stored analytics, one per driver (process): reads which results exist, starts
 * a run in a worker thread when a request or the periodic check finds the current graph version
 * without them (at most one run per process; the lock in Neo4j keeps it to one across processes),
 * and waits a little for results a request needs. Nothing heavy runs on the event loop.
 */
import { Worker } from "node:worker_threads";
import type { Driver } from "neo4j-driver";
import type { Config } from "../../config.js";
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { logger } from "../../logger.js";
import type { Period } from "../network/network-service.js";
import { readLock, type LockState } from "./analytics-lock.js";
import { periodKey, STORE_FORMAT } from "./analytics-store.js";
import type { AnalyzeOptions, AnalyzeReport } from "./run-analytics.js";
import { graphVersion } from "../common/graph-version.js";
import type { WorkerInput, WorkerMessage } from "./analytics-worker.js";

/** How long a request waits for results being computed before it answers COMPUTING. */
export const WAIT_FOR_RESULTS_MS = 5_000;
const POLL_MS = 250;
/** After a run that found the lock busy or failed, wait this long before starting another. */
const RETRY_AFTER_MS = 5_000;

const WORKER_ENTRY = new URL("./run-in-worker.mjs", import.meta.url);
const WORKER_MODULE = new URL("./analytics-worker.ts", import.meta.url).href;

export interface LocalRun {
  graphVersion: number | null;
  phase: string;
  done: number;
  total: number;
  startedAt: string;
}

export class AnalyticsService {
  private running: Promise<AnalyzeReport | null> | null = null;
  private local: LocalRun | null = null;
  private lastAttempt = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Runs this process started (tests: a process that only reads starts none). */
  runsStarted = 0;
  /** Thread id of the last worker that ran analytics for this process. */
  lastWorkerThreadId: number | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly config: Config,
  ) {}

  /** The current graph version, read for a request (its database and timeout). */
  graphVersion(rq: RequestContext): Promise<number> {
    return graphVersion(rq);
  }

  /** The analytics lock (who runs, how far), read for a request. */
  lock(rq: RequestContext): Promise<LockState> {
    return readLock(rq.driver, rq.database, rq.timeoutMs);
  }

  /** The run in progress in this process, if any. */
  get localRun(): LocalRun | null {
    return this.local;
  }

  /** Resolves once no run started by this process is in progress (a run holds the lock of every process). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Start a run in a worker thread unless this process runs one already, analytics in the API
   * are off, or the last attempt was moments ago. Resolves with the report (null when not started).
   */
  trigger(periods: Period[] = [], standard = true): Promise<AnalyzeReport | null> {
    if (this.running) return this.running;
    if (!this.config.ANALYTICS_IN_API || Date.now() - this.lastAttempt < RETRY_AFTER_MS) return Promise.resolve(null);
    this.lastAttempt = Date.now();
    this.runsStarted += 1;
    this.local = { graphVersion: null, phase: "starting", done: 0, total: 0, startedAt: new Date().toISOString() };
    const run = runInWorker(
      this.config,
      { periods, standard },
      (m) => {
        if (this.local) Object.assign(this.local, m);
      },
      (threadId) => (this.lastWorkerThreadId = threadId),
    )
      .then((report) => {
        if (report.status === "done")
          logger.info({ periods: report.periods.length, ms: report.totalMs }, "analytics stored");
        return report;
      })
      .catch((e: unknown) => {
        logger.error({ err: (e as Error).message }, "analytics run failed");
        return null;
      })
      .finally(() => {
        this.running = null;
        this.local = null;
      });
    this.running = run;
    return run;
  }

  /**
   * The stored period row for the current version, waiting up to WAIT_FOR_RESULTS_MS while a run
   * (here or in another process) computes it; starts one when none is under way.
   */
  async awaitPeriod<T extends { graphVersion: number }>(
    rq: RequestContext,
    period: Period,
    standard: boolean,
    read: (version: number) => Promise<T | null>,
  ): Promise<{ version: number; row: T | null }> {
    const version = await this.graphVersion(rq);
    let row = await read(version);
    if (row && row.graphVersion === version) return { version, row };
    void this.trigger(standard ? [] : [period], standard);
    const until = Date.now() + WAIT_FOR_RESULTS_MS;
    // Wait only while some runner (this process's worker or another process) is at work.
    while (Date.now() < until && (this.running !== null || (await this.lock(rq)).running)) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const next = await read(version);
      if (next && next.graphVersion === version) return { version, row: next };
      row = next ?? row;
    }
    return { version, row };
  }

  /** Check every `seconds` whether the current graph version has its standard results; start a run if not. */
  watch(seconds: number): void {
    if (seconds <= 0 || this.timer) return;
    const check = async () => {
      try {
        const version = await graphVersion(this.driver, this.config.NEO4J_DATABASE);
        const [row] = await runQuery<{ graphVersion: number }>(
          this.driver,
          "analytics/get-period-slot",
          { period: periodKey({ from: null, to: null }), version, format: STORE_FORMAT },
          { database: this.config.NEO4J_DATABASE },
        );
        if (row?.graphVersion !== version) await this.trigger();
      } catch (e) {
        logger.warn({ err: (e as Error).message }, "analytics check failed");
      }
    };
    void check();
    this.timer = setInterval(() => void check(), seconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** Run the analytics in a worker thread; `onProgress` sees its progress messages. */
export function runInWorker(
  config: Config,
  options: WorkerInput["options"],
  onProgress: (p: Omit<Extract<WorkerMessage, { type: "progress" }>, "type">) => void = () => {},
  onWorker: (threadId: number) => void = () => {},
): Promise<AnalyzeReport> {
  return new Promise((resolve, reject) => {
    const input: WorkerInput = { entry: WORKER_MODULE, config, options };
    const worker = new Worker(WORKER_ENTRY, { workerData: input });
    onWorker(worker.threadId);
    let settled = false;
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") {
        const { type: _t, ...p } = m;
        onProgress(p);
      } else if (m.type === "done") {
        settled = true;
        resolve(m.report);
      } else {
        settled = true;
        reject(new Error(m.message));
      }
    });
    worker.on("error", (e) => {
      settled = true;
      reject(e);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`analytics worker exited with code ${code}`));
    });
  });
}

const services = new WeakMap<Driver, AnalyticsService>();

/** The one AnalyticsService of a driver (so one run at a time per process). */
export function analyticsService(driver: Driver, config: Config): AnalyticsService {
  let s = services.get(driver);
  if (!s) services.set(driver, (s = new AnalyticsService(driver, config)));
  return s;
}

export type { AnalyzeOptions };
