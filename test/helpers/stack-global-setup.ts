/**
 * Vitest global setup for the e2e project (runs after neo4j-global-setup): loads the demo data into
 * the test database (reset first, so every run sees the same deterministic graph), builds the
 * explorer when its sources are newer than explorer/dist, computes the stored analytics (as an
 * import does), starts the API (which serves the explorer at `/`) as its own process on a free port
 * against the test database, and provides its URL as `apiUrl`. The API runs in safelist mode
 * (TRUSTED_DOCUMENTS_ONLY), as in production: the built explorer must send every document by its
 * listed hash; a second API process in open mode answers the tests' own queries (`queryUrl`). Stops
 * both afterwards.
 */
import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { loadDemoIfEmpty } from "../../graph-api/src/ingest/load-demo.js";
import { startApiProcess } from "./api-process.js";
import { resetDatabase } from "./neo4j.js";
import { testConfig } from "./test-config.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The API the explorer is served from: safelist mode, as in production. */
    apiUrl: string;
    /** The same API in open mode, for the tests' own queries (figures to compare the views with). */
    queryUrl: string;
  }
}

const ROOT = new URL("../../", import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = testConfig();
  const driver = createDriver(config);
  try {
    await resetDatabase(driver);
    await loadDemoIfEmpty(driver, { ...config, LOAD_DEMO: true });
    // As after an import: the views read the stored analytics of this graph version.
    await runAnalytics(driver);
  } finally {
    await driver.close();
  }

  const build = spawnSync(process.execPath, ["explorer/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("explorer build failed");

  // No periodic watch for new graph versions: these processes live until the whole run ends, and
  // the integration files, which reset the database, would otherwise see a new version and start a
  // run that holds the analytics lock in their tests (a fresh-clone CI run saw "busy").
  const env = {
    NEO4J_URI: config.neo4jUri,
    NEO4J_PASSWORD: config.NEO4J_PASSWORD,
    LOAD_DEMO: "false",
    ANALYTICS_WATCH_SECONDS: "0",
  };
  const [api, open] = await Promise.all([
    startApiProcess({ ...env, TRUSTED_DOCUMENTS_ONLY: "true" }),
    startApiProcess({ ...env, ANALYTICS_IN_API: "false" }),
  ]);
  project.provide("apiUrl", api.url);
  project.provide("queryUrl", open.url);
  return async () => {
    await Promise.all([api.stop(), open.stop()]);
  };
}
