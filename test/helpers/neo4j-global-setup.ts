/**
 * Vitest global setup for integration and e2e tests: starts the test Neo4j when NEO4J_URI is
 * unset (stopping it afterwards unless it was already running), and applies the migrations.
 */
import { createDriver } from "../../graph-api/src/db/driver.js";
import { migrate } from "../../graph-api/src/db/migrate.js";
import { start, status, stop } from "../../neo4j-local/server.js";
import { testConfig } from "./test-config.js";

export default async function setup(): Promise<() => Promise<void>> {
  const config = testConfig();
  let startedHere = false;
  if (config.localNeo4j) {
    const before = await status(config);
    if (!before.running) {
      await start(config, () => {});
      startedHere = true;
    }
  }
  const driver = createDriver(config);
  try {
    await migrate(driver);
  } finally {
    await driver.close();
  }
  return async () => {
    if (startedHere && !process.env.TTGRAPH_KEEP_TEST_DB) await stop(config, () => {});
  };
}
