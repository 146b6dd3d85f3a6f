/**
 * The one place that runs named Cypher through the driver: loads the statement, applies the
 * per-request transaction timeout, logs name and duration (never parameter values), and maps
 * driver errors to typed errors.
 */
import type { Driver, Record as Neo4jRecord, RecordShape } from "neo4j-driver";
import { loadCypher } from "./cypher.js";
import { mapDriverError } from "./errors.js";
import { logger } from "../logger.js";

export interface RunOptions {
  database?: string;
  /** "READ" may be served by a follower in a cluster; default READ. */
  mode?: "READ" | "WRITE";
  timeoutMs?: number;
}

/** Run Cypher text (already loaded) under a name used for logs and errors. */
export async function runCypher<T extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  cypher: string,
  params: Record<string, unknown> = {},
  options: RunOptions = {},
): Promise<T[]> {
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

/** Run the statement in cypher/queries/<name>.cypher. */
export function runQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
  options: RunOptions = {},
): Promise<T[]> {
  return runCypher<T>(driver, name, loadCypher(name), params, options);
}

/**
 * Run the statement in cypher/queries/<name>.cypher in a read session and hand each record to
 * `onRecord` as it arrives, without collecting them (hundreds of thousands of rows in a
 * background job). `timeoutMs` bounds the transaction.
 */
export async function streamQuery(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  database: string | undefined,
  onRecord: (record: Neo4jRecord) => void,
  timeoutMs?: number,
): Promise<void> {
  const started = performance.now();
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = session.run(loadCypher(name), params, timeoutMs ? { timeout: timeoutMs } : undefined);
    for await (const record of result) onRecord(record);
    logger.debug({ query: name, ms: Math.round(performance.now() - started) }, "cypher");
  } catch (e) {
    logger.warn(
      { query: name, ms: Math.round(performance.now() - started), code: (e as { code?: string }).code },
      "cypher failed",
    );
    throw mapDriverError(e, name);
  } finally {
    await session.close();
  }
}
