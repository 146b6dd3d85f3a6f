/**
 * The import benchmark's own Neo4j: a local server in .neo4j-bench on port 7710 (override with
 * NEO4J_HOME / NEO4J_BOLT_PORT, or point NEO4J_URI at a server whose data may be wiped), with a
 * larger heap and page cache than the test server. Reset between runs by deleting the store while
 * the server is stopped — far faster than deleting millions of nodes through Cypher.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig, type Config } from "../../../graph-api/src/config.js";
import { createDriver } from "../../../graph-api/src/db/driver.js";
import { migrate } from "../../../graph-api/src/db/migrate.js";
import { start, status, stop } from "../../../neo4j-local/server.js";
import { resetDatabase } from "../../helpers/neo4j.js";

/** Environment of the bench server; passed on to the importer child process as well. */
export function benchEnv(): Record<string, string> {
  const defaults: Record<string, string> = {
    NEO4J_HOME: ".neo4j-bench",
    NEO4J_BOLT_PORT: "7710",
    NEO4J_HEAP: "2g",
    NEO4J_PAGECACHE: "3g",
    NEO4J_TX_TIMEOUT: "600s",
    LOG_LEVEL: "warn",
  };
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...defaults, ...env, NODE_ENV: "development" };
}

export function benchConfig(): Config {
  return loadConfig(benchEnv());
}

/** An empty, migrated database: store deleted and server restarted (local), or cleared (NEO4J_URI). */
export async function resetBenchDb(config: Config, log: (m: string) => void): Promise<void> {
  if (config.localNeo4j) {
    if ((await status(config)).running) await stop(config, () => {});
    const data = join(resolve(config.NEO4J_HOME), "data");
    rmSync(join(data, "databases", config.NEO4J_DATABASE), { recursive: true, force: true });
    rmSync(join(data, "transactions", config.NEO4J_DATABASE), { recursive: true, force: true });
    await start(config, () => {});
  }
  const driver = createDriver(config);
  try {
    if (!config.localNeo4j) await resetDatabase(driver);
    await migrate(driver, config.NEO4J_DATABASE);
  } finally {
    await driver.close();
  }
  log(`  (fresh database at ${config.neo4jUri})`);
}

/** The server version, for the report. */
export async function serverVersion(config: Config): Promise<string> {
  const driver = createDriver(config);
  try {
    const info = await driver.getServerInfo();
    return info.agent ?? "unknown";
  } finally {
    await driver.close();
  }
}

/** Stop the local bench server (only when this run started it). */
export async function stopBenchDb(config: Config): Promise<void> {
  if (config.localNeo4j) await stop(config, () => {});
}
