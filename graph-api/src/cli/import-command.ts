/**
 * `ttgraph import <folder|.zip|.xlsx> [--skip-bad-rows] [--batch-size N] [--no-analyze]` — validate
 * a data package and upsert it, then compute and store the network analytics of the new graph
 * version (`ttgraph analyze` in a child process, under its own heap cap). Exit code 0 when clean,
 * 1 when bad rows stopped the import (nothing written), 2 when bad rows were skipped (the rest
 * written, rejects in `<source>.rejects/`), 3 when the import was written but the analytics run
 * failed (API processes run it again when they see the version without results).
 */
import { existsSync } from "node:fs";
import { type Command, InvalidArgumentError } from "commander";
import type { Config } from "../config.js";
import { migrate } from "../db/migrate.js";
import { withDriver } from "../db/with-driver.js";
import { importPackage, type ImportReport } from "../ingest/import-package.js";
import { analyzeInChild } from "./analyze-child.js";
import { failCleanly } from "./fail-cleanly.js";
import { progressView } from "./import-progress-view.js";

const SHOWN_ERRORS = 100;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("a positive integer");
  return n;
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");

function printReport(r: ImportReport): void {
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  for (const e of r.errors.slice(0, SHOWN_ERRORS)) console.error(e);
  if (r.errorCount > SHOWN_ERRORS)
    console.error(`… and ${r.errorCount - SHOWN_ERRORS} more errors (${r.errorCount} in all)`);
  const rate = Math.round(r.rowsRead / Math.max(r.seconds, 1e-3));
  if (!r.written) {
    const why = r.errorCount
      ? `${r.errorCount} errors in ${r.rejectedRows} rows; nothing written (use --skip-bad-rows to write the good rows)`
      : "dry run; nothing written";
    console.log(`${r.source}: ${r.rowsRead} rows checked in ${r.seconds.toFixed(1)} s — ${why}`);
    return;
  }
  console.log(
    `Imported ${r.source} (${r.format}): ${sum(r.nodes)} nodes, ${sum(r.relationships)} relationships ` +
      `in ${r.seconds.toFixed(1)} s (${rate} rows/s; validate ${r.validateSeconds.toFixed(1)} s, write ${r.writeSeconds.toFixed(1)} s), graph version ${r.graphVersion}`,
  );
  console.log(`  nodes: ${list(r.nodes)}`);
  console.log(`  relationships: ${list(r.relationships)}`);
  if (r.rejectedRows) console.log(`  ${r.rejectedRows} bad rows skipped; see ${r.rejectDir}/ (summary.json)`);
}

export function importCommand(program: Command, config: Config): void {
  program
    .command("import")
    .description("import a data package (folder, .zip or .xlsx): validate every row, then upsert by id")
    .argument("<source>", "package folder, .zip of one, or .xlsx workbook with one sheet per file")
    .option("--skip-bad-rows", "write the good rows and copy bad ones to <source>.rejects/ instead of writing nothing")
    .option("--batch-size <n>", "rows per transaction", positiveInt, 5000)
    .option("--reject-dir <folder>", "where --skip-bad-rows puts rejected rows (default <source>.rejects)")
    .option("--dry-run", "validate only; write nothing")
    .option(
      "--no-analyze",
      "do not compute the network analytics after the import (API processes or `ttgraph analyze` will)",
    )
    .action(
      failCleanly(
        async (
          source: string,
          opts: { skipBadRows?: boolean; batchSize: number; rejectDir?: string; dryRun?: boolean; analyze: boolean },
        ) => {
          if (!existsSync(source)) throw new Error(`${source} does not exist`);
          const view = progressView();
          const report = await withDriver(config, async (driver) => {
            await migrate(driver, config.NEO4J_DATABASE); // constraints first: MERGE needs the id indexes
            return importPackage(driver, source, {
              ...opts,
              database: config.NEO4J_DATABASE,
              onProgress: (p) => view.update(p),
            });
          }).finally(() => view.stop());
          printReport(report);
          if (report.errorCount > 0) process.exitCode = report.written ? 2 : 1;
          if (report.written && opts.analyze) {
            if (analyzeInChild() !== 0) {
              console.error("error: the analytics run failed; run `ttgraph analyze` again");
              process.exitCode = 3;
            }
          }
        },
      ),
    );
}
