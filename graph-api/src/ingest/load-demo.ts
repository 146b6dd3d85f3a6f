/**
 * First start: when the graph holds no domain node and LOAD_DEMO is on, generate the demo package
 * (deterministic for DEMO_SEED) into a temporary folder and import it, so a fresh install has a
 * graph to query. The generator is loaded only then, keeping it out of normal start-up.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { runQuery } from "../db/run-query.js";
import { logger } from "../logger.js";
import { importPackage } from "./import-package.js";

/** Load the demo data into an empty graph; returns true when it did. */
export async function loadDemoIfEmpty(
  driver: Driver,
  config: Pick<Config, "LOAD_DEMO" | "DEMO_SEED" | "NEO4J_DATABASE">,
): Promise<boolean> {
  if (!config.LOAD_DEMO) return false;
  const [row] = await runQuery<{ has: boolean }>(
    driver,
    "ingest/has-entities",
    {},
    { database: config.NEO4J_DATABASE },
  );
  if (row?.has) return false;
  const dir = await mkdtemp(join(tmpdir(), "ttgraph-demo-"));
  try {
    const { generatePackage } = await import("./generate/generate-package.js");
    await generatePackage({ scale: "demo", seed: config.DEMO_SEED, out: dir });
    const report = await importPackage(driver, dir, { database: config.NEO4J_DATABASE });
    if (!report.ok) throw new Error(`Demo package did not import cleanly: ${report.errors.slice(0, 5).join("; ")}`);
    const nodes = Object.values(report.nodes).reduce((a, b) => a + b, 0);
    const relationships = Object.values(report.relationships).reduce((a, b) => a + b, 0);
    logger.info(
      { seed: config.DEMO_SEED, nodes, relationships, seconds: Math.round(report.seconds * 10) / 10 },
      "demo data loaded",
    );
    return true;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
