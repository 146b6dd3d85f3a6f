/**
 * The one place that runs named Cypher through the driver: loads the statement, applies the
 * database and transaction timeout, logs name and duration (never parameter values), and maps
 * driver errors to typed errors.
 *
 * A request's statements run with its RequestContext (`runQuery(rq, name, params)`): the
 * request's database and timeout, which a caller cannot leave out. Background jobs pass a driver
 * and their own RunOptions.
 */
import type { Driver, Record as Neo4jRecord, RecordShape } from "neo4j-driver";
import { loadCypher } from "./cypher.js";
import { mapDriverError } from "./errors.js";
import { isRequestContext, type RequestContext } from "./request-context.js";
import { logger } from "../logger.js";

export interface RunOptions {
  database?: string;
  /** "READ" may be served by a follower in a cluster; default READ. */
  mode?: "READ" | "WRITE";
  timeoutMs?: number;
}

/** What a request's statement may choose: only the access mode (database and timeout are the request's). */
export type RequestRunOptions = Pick<RunOptions, "mode">;

type Params = Record<string, unknown>;

/** The driver and settings of a statement: a request's, or a background job's own. */
function target(on: Driver | RequestContext, options: RunOptions): [Driver, RunOptions] {
  if (!isRequestContext(on)) return [on, options];
  return [on.driver, { mode: options.mode, database: on.database, timeoutMs: on.timeoutMs }];
}

/** Run Cypher text (already loaded) under a name used for logs and errors. */
export function runCypher<T extends RecordShape = RecordShape>(
  rq: RequestContext,
  name: string,
  cypher: string,
  params?: Params,
  options?: RequestRunOptions,
): Promise<T[]>;
export function runCypher<T extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  cypher: string,
  params?: Params,
  options?: RunOptions,
): Promise<T[]>;
export function runCypher<T extends RecordShape = RecordShape>(
  on: Driver | RequestContext,
  name: string,
  cypher: string,
  params: Params = {},
  options: RunOptions = {},
): Promise<T[]> {
  return execute<T>(on, name, cypher, params, options);
}

async function execute<T extends RecordShape>(
  on: Driver | RequestContext,
  name: string,
  cypher: string,
  params: Params,
  runOptions: RunOptions,
): Promise<T[]> {
  const [driver, options] = target(on, runOptions);
  const started = performance.now();
  try {
    const result = await driver.executeQuery(cypher, params, {
      database: options.database,
      routing: options.mode ?? "READ",
      transactionConfig: options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
    });
    logger.debug({ query: name, ms: Math.round(performance.now() - started) }, "cypher");
    return result.records.map((r) => r.toObject() as T);
  } catch (e) {
    logger.warn(
      { query: name, ms: Math.round(performance.now() - started), code: (e as { code?: string }).code },
      "cypher failed",
    );
    throw mapDriverError(e, name);
  }
}

/** Run the statement in cypher/queries/<name>.cypher: for a request (its database and timeout) or a background job. */
export function runQuery<T extends RecordShape = RecordShape>(
  rq: RequestContext,
  name: string,
  params?: Params,
  options?: RequestRunOptions,
): Promise<T[]>;
export function runQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  params?: Params,
  options?: RunOptions,
): Promise<T[]>;
export function runQuery<T extends RecordShape = RecordShape>(
  on: Driver | RequestContext,
  name: string,
  params: Params = {},
  options: RunOptions = {},
): Promise<T[]> {
  return execute<T>(on, name, loadCypher(name), params, options);
}

export interface StreamOptions {
  /** Bounds the transaction. */
  timeoutMs?: number;
  /**
   * Stops the stream at the next record (the rest are discarded on the server) and rejects with
   * the signal's reason: e.g. when a sibling stream of the same job has failed.
   */
  signal?: AbortSignal;
}

/**
 * Run the statement in cypher/queries/<name>.cypher in a read session and hand each record to
 * `onRecord` as it arrives, without collecting them (hundreds of thousands of rows in a
 * background job).
 */
export async function streamQuery(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  database: string | undefined,
  onRecord: (record: Neo4jRecord) => void,
  { timeoutMs, signal }: StreamOptions = {},
): Promise<void> {
  const started = performance.now();
  signal?.throwIfAborted();
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = session.run(loadCypher(name), params, timeoutMs ? { timeout: timeoutMs } : undefined);
    for await (const record of result) {
      // Leaving the loop cancels the result: the server stops producing rows.
      signal?.throwIfAborted();
      onRecord(record);
    }
    logger.debug({ query: name, ms: Math.round(performance.now() - started) }, "cypher");
  } catch (e) {
    if (signal?.aborted && e === signal.reason) {
      logger.debug({ query: name, ms: Math.round(performance.now() - started) }, "cypher stopped");
      throw e;
    }
    logger.warn(
      { query: name, ms: Math.round(performance.now() - started), code: (e as { code?: string }).code },
      "cypher failed",
    );
    throw mapDriverError(e, name);
  } finally {
    await session.close();
  }
}
