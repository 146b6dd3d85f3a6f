/**
 * Open a driver for one command (retrying transient errors for BATCH_RETRY_MS), check connectivity
 * with a clear message, close it afterwards.
 */
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { BATCH_RETRY_MS, createDriver } from "./driver.js";
import { DatabaseUnavailableError } from "./errors.js";

export async function withDriver<T>(config: Config, fn: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = createDriver(config, { maxTransactionRetryTime: BATCH_RETRY_MS });
  try {
    try {
      await driver.getServerInfo({ database: config.NEO4J_DATABASE });
    } catch (e) {
      const hint = config.localNeo4j ? " Start it with `npm run db:start`." : "";
      throw new DatabaseUnavailableError(`Cannot reach Neo4j at ${config.neo4jUri}: ${(e as Error).message}.${hint}`, {
        cause: e,
      });
    }
    return await fn(driver);
  } finally {
    await driver.close();
  }
}
