/**
 * `importPackage`: validate a data package in one streaming pass, then — only when no row is bad,
 * or when bad rows are to be skipped — upsert it in a second streaming pass. The graph version is
 * bumped and the graph marked as changing before the first write, and bumped again with the mark
 * cleared after the last: analytics caches never keep figures of a half-written graph. Nothing is held in memory but the ids (validate/validate-package.ts) and the rejected line numbers.
 *
 * Upsert semantics: a node is MERGEd on (:Type:Entity {id}); every model field of its type is set
 * from the row, and an empty optional cell REMOVES the property (so an emptied field does not
 * survive a re-import); properties outside the model are left alone. Relationships are MERGEd on
 * (from, to, type) with the same rule for their properties. Importing twice changes nothing.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../db/run-query.js";
import { ProgressTracker, type ImportProgress } from "./import-progress.js";
import { openPackageSource, type PackageSource } from "./source/package-source.js";
import { tableForFile } from "./format/package-tables.js";
import { defaultRejectDir, RejectWriter } from "./write/reject-file.js";
import { validatePackage, type TypeLookup, type ValidationResult } from "./validate/validate-package.js";
import { formatError } from "./validate/validation-log.js";
import { writePass } from "./write/write-pass.js";

export type { ImportProgress } from "./import-progress.js";

export interface ImportOptions {
  /** Write the good rows and copy bad ones to the reject folder instead of writing nothing. */
  skipBadRows?: boolean;
  /** Rows per transaction (default 5000). */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  database?: string;
  /** Where rejected rows go (default `<source>.rejects`). */
  rejectDir?: string;
  /** Validate only; write nothing. */
  dryRun?: boolean;
}

export interface ImportReport {
  source: string;
  format: PackageSource["kind"];
  /** True when every row was valid, or the bad ones were skipped and the rest written. */
  ok: boolean;
  written: boolean;
  rowsRead: number;
  /** Nodes written per type / relationships written per type. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Every error counted; `errors` lists the first 1000 as `file:line: field: reason`. */
  errorCount: number;
  errors: string[];
  warnings: string[];
  rejectedRows: number;
  rejectDir?: string;
  graphVersion?: number;
  seconds: number;
  validateSeconds: number;
  writeSeconds: number;
}

/** Finds ids in the database; none when the graph is empty (a first import then asks nothing). */
async function dbLookup(driver: Driver, database?: string): Promise<TypeLookup | undefined> {
  const [row] = await runQuery<{ has: boolean }>(driver, "ingest/has-entities", {}, { database });
  if (!row?.has) return undefined;
  return async (ids) => {
    const rows = await runQuery<{ id: string; type: string }>(
      driver,
      "ingest/lookup-entity-types",
      { ids },
      { database },
    );
    return new Map(rows.map((r) => [r.id, r.type]));
  };
}

export async function importPackage(
  driver: Driver,
  sourcePath: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const progress = new ProgressTracker(options.onProgress);
  const source = await openPackageSource(sourcePath);
  try {
    progress.start("validate");
    const v = await validatePackage(source, await dbLookup(driver, options.database), (t) => progress.tick(t));
    const validateSeconds = progress.end();
    const rowsRead = [...v.rows.values()].reduce((a, b) => a + b, 0);
    const rejectedRows = v.log.rejectedCount();
    const clean = v.log.errorCount === 0 && rejectedRows === 0;
    const report: ImportReport = {
      source: sourcePath,
      format: source.kind,
      ok: clean,
      written: false,
      rowsRead,
      nodes: {},
      relationships: {},
      errorCount: v.log.errorCount,
      errors: v.log.errors.map(formatError),
      warnings: v.log.warnings,
      rejectedRows,
      seconds: 0,
      validateSeconds,
      writeSeconds: 0,
    };
    if ((clean || options.skipBadRows) && !options.dryRun) {
      // Caches must not serve the graph before this import, nor keep what they compute while it writes.
      await runQuery(driver, "ingest/mark-graph-changing", {}, { database: options.database, mode: "WRITE" });
      progress.start("write", rowsRead - rejectedRows);
      const rejects = !clean ? new RejectWriter(options.rejectDir ?? defaultRejectDir(sourcePath)) : undefined;
      const written = await writePass(driver, source, v, {
        rejects,
        progress,
        database: options.database,
        batchSize: options.batchSize ?? 5000,
      });
      report.writeSeconds = progress.end();
      for (const file of v.tables) {
        const table = tableForFile(file);
        if (!table) continue;
        const counts = table.kind === "node" ? report.nodes : report.relationships;
        counts[table.name] = written.get(table.name) ?? 0;
      }
      const [meta] = await runQuery<{ version: number }>(
        driver,
        "ingest/finish-graph-change",
        {},
        { database: options.database, mode: "WRITE" },
      );
      report.graphVersion = Number(meta?.version);
      report.written = true;
      report.ok = true;
      if (rejects) {
        report.rejectDir = rejects.dir;
        await rejects.close(rejectSummary(report, v));
      }
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
  } finally {
    await source.close();
  }
}

function rejectSummary(report: ImportReport, v: ValidationResult): unknown {
  return {
    source: report.source,
    rowsRead: report.rowsRead,
    rejectedRows: report.rejectedRows,
    rejectedByFile: Object.fromEntries([...v.log.rejected].map(([t, lines]) => [`${t}.csv`, lines.size])),
    unreadableFiles: [...v.log.unreadable].map((t) => `${t}.csv`),
    written: { nodes: report.nodes, relationships: report.relationships },
    errorCount: report.errorCount,
    errors: report.errors,
    warnings: report.warnings,
  };
}
