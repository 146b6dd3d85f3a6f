/**
 * One neo4j-driver instance per process, configured from the validated configuration.
 *
 * The API fails fast when Neo4j is down: a connection attempt gives up after
 * NEO4J_CONNECTION_TIMEOUT_MS, and a failed transaction is retried for at most NEO4J_MAX_RETRY_MS
 * (0: the driver still retries once, about a second later) — so a query answers
 * DATABASE_UNAVAILABLE within about two seconds instead of the driver's default 30 s of retries,
 * and the pool reconnects by itself once Neo4j is back. Long batch work (imports, migrations)
 * passes a longer retry time.
 */
import neo4j, { type Config as DriverConfig, type Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export type DriverConfigKeys = Pick<
  Config,
  | "neo4jUri"
  | "NEO4J_USER"
  | "NEO4J_PASSWORD"
  | "NEO4J_CONNECTION_TIMEOUT_MS"
  | "NEO4J_ACQUISITION_TIMEOUT_MS"
  | "NEO4J_MAX_RETRY_MS"
>;

/** Retry time of batch commands (import, export, migrate): transient errors are worth waiting for. */
export const BATCH_RETRY_MS = 30_000;

export function createDriver(config: DriverConfigKeys, overrides: DriverConfig = {}): Driver {
  return neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Plain JS numbers for integers below 2^53 (counts, years); larger ones would be a data error.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout: config.NEO4J_CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: config.NEO4J_MAX_RETRY_MS,
    userAgent: "ttgraph",
    ...overrides,
  });
}
