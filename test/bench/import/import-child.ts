/**
 * Runs one import in its own process so that its peak memory can be measured alone:
 * `node --import tsx import-child.ts <package-dir>` prints one JSON line with the import report's
 * figures and the process's own peak RSS (process.resourceUsage().maxRSS, in KiB).
 */
import { BATCH_RETRY_MS, createDriver } from "../../../graph-api/src/db/driver.js";
import { importPackage } from "../../../graph-api/src/ingest/import-package.js";
import { configureLogger } from "../../../graph-api/src/logger.js";
import { benchConfig } from "./bench-server.js";

export interface ChildResult {
  ok: boolean;
  rowsRead: number;
  nodes: number;
  relationships: number;
  seconds: number;
  validateSeconds: number;
  writeSeconds: number;
  maxRssMb: number;
  errors: string[];
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

async function main(dir: string): Promise<void> {
  const config = benchConfig();
  configureLogger("warn");
  const driver = createDriver(config, { maxTransactionRetryTime: BATCH_RETRY_MS });
  try {
    const r = await importPackage(driver, dir, { database: config.NEO4J_DATABASE });
    const result: ChildResult = {
      ok: r.ok && r.written,
      rowsRead: r.rowsRead,
      nodes: sum(r.nodes),
      relationships: sum(r.relationships),
      seconds: r.seconds,
      validateSeconds: r.validateSeconds,
      writeSeconds: r.writeSeconds,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      errors: r.errors.slice(0, 5),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await driver.close();
  }
}

const dir = process.argv[2];
if (!dir) throw new Error("usage: import-child.ts <package-dir>");
await main(dir);
