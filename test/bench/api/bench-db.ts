/**
 * The API benchmark's own database: a local Neo4j in .neo4j-bench-api on port 7711 (override with
 * NEO4J_HOME / NEO4J_BOLT_PORT), loaded once with the generated package of a scale and seed and
 * reused while its graph version still matches the one recorded after that load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config } from "../../../graph-api/src/config.js";
import { createDriver } from "../../../graph-api/src/db/driver.js";
import { migrate, migrationsPending } from "../../../graph-api/src/db/migrate.js";
import { generatePackage } from "../../../graph-api/src/ingest/generate/generate-package.js";
import type { ScaleName } from "../../../graph-api/src/ingest/generate/scales.js";
import { importPackage } from "../../../graph-api/src/ingest/import-package.js";
import { start, status } from "../../../neo4j-local/server.js";
import { resetDatabase } from "../../helpers/neo4j.js";

export function benchConfig(): Config {
  return loadConfig({
    NEO4J_HOME: ".neo4j-bench-api",
    NEO4J_BOLT_PORT: "7711",
    NEO4J_HEAP: "1g",
    NEO4J_PAGECACHE: "1g",
    LOG_LEVEL: "warn",
    ...process.env,
    NODE_ENV: "development",
  });
}

async function one<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  const r = await driver.executeQuery(cypher, params);
  return r.records[0]?.toObject() as T | undefined;
}

/** True when the database holds the package of this scale and seed, unchanged since its load. */
async function loadedAlready(driver: Driver, scale: ScaleName, seed: number): Promise<boolean> {
  const row = await one<{ scale: string | null; seed: number | null; recorded: number | null; version: number | null }>(
    driver,
    `OPTIONAL MATCH (b:TTGraphMeta {key: 'bench-api'}) OPTIONAL MATCH (g:TTGraphMeta {key: 'graph'})
     RETURN b.scale AS scale, b.seed AS seed, b.graphVersion AS recorded, g.version AS version`,
  );
  return row?.scale === scale && row.seed === seed && row.recorded !== null && row.recorded === row.version;
}

/**
 * Start the bench Neo4j if needed, migrate, and load the package unless it is there already. With
 * `readOnly` (a database someone else loaded and shares) nothing is written: the package must be
 * there, and migrations not applied are returned (their indexes are missing from the figures).
 */
export async function prepareBenchDb(
  scale: ScaleName,
  seed: number,
  log: (m: string) => void,
  { readOnly = false } = {},
): Promise<{ config: Config; driver: Driver; pending: string[] }> {
  const config = benchConfig();
  if (config.localNeo4j && !(await status(config)).running) await start(config, log);
  const driver = createDriver(config);
  if (readOnly) {
    if (!(await loadedAlready(driver, scale, seed)))
      throw new Error(`--read-only: ${config.neo4jUri} does not hold scale ${scale}, seed ${seed}`);
    const pending = await migrationsPending(driver);
    if (pending.length) log(`read-only: migrations not applied here: ${pending.join(", ")}`);
    return { config, driver, pending };
  }
  await migrate(driver);
  if (await loadedAlready(driver, scale, seed)) {
    log(`bench database at ${config.neo4jUri} already holds scale ${scale}, seed ${seed}: reused`);
    return { config, driver, pending: [] };
  }
  log(`loading scale ${scale}, seed ${seed} into ${config.neo4jUri} (once) …`);
  await resetDatabase(driver);
  const dir = mkdtempSync(join(tmpdir(), `ttgraph-bench-${scale}-`));
  try {
    const gen = await generatePackage({ scale, seed, out: dir });
    log(`generated ${gen.nodes} nodes, ${gen.relationships} relationships in ${gen.seconds.toFixed(1)} s`);
    const report = await importPackage(driver, dir);
    if (!report.ok || !report.written) throw new Error(`import failed: ${report.errors.slice(0, 5).join("; ")}`);
    log(`imported in ${report.seconds.toFixed(1)} s (graph version ${report.graphVersion})`);
    await driver.executeQuery(
      `MATCH (g:TTGraphMeta {key: 'graph'}) MERGE (b:TTGraphMeta {key: 'bench-api'})
       SET b.scale = $scale, b.seed = $seed, b.graphVersion = g.version`,
      { scale, seed },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { config, driver, pending: [] };
}
