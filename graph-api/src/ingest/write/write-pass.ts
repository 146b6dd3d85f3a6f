/**
 * The import's second pass: the package is streamed again, every row the validation pass accepted
 * is decoded and handed to the BatchWriter (nodes first, then relationships, whatever the file
 * order), and the rejected lines are copied to the reject files instead.
 */
import type { Driver } from "neo4j-driver";
import { CsvSyntaxError } from "../source/csv-records.js";
import { decodeRow } from "../format/decode-row.js";
import type { ProgressTracker } from "../import-progress.js";
import type { PackageSource } from "../source/package-source.js";
import { tableForFile } from "../format/package-tables.js";
import type { RejectWriter } from "./reject-file.js";
import { readHeader, type TableHeader } from "../format/table-header.js";
import type { ValidationResult } from "../validate/validate-package.js";
import { BatchWriter } from "./write-batches.js";

export interface WritePassOptions {
  /** Where rejected rows go (skip-bad-rows mode); undefined when there are none to copy. */
  rejects: RejectWriter | undefined;
  progress: ProgressTracker;
  database?: string;
  batchSize: number;
}

/** Stream the package again and upsert every row validation accepted; returns rows written per table. */
export async function writePass(
  driver: Driver,
  source: PackageSource,
  v: ValidationResult,
  { rejects, progress, database, batchSize }: WritePassOptions,
): Promise<Map<string, number>> {
  const writer = new BatchWriter(driver, { database, batchSize });
  const visit = async (
    st: { name: string },
    records: AsyncIterable<{ line: number; cells: string[] }>,
  ): Promise<void> => {
    const table = tableForFile(st.name);
    let header: TableHeader | undefined;
    try {
      for await (const { line, cells } of records) {
        if (!table) continue;
        if (!header) {
          header = readHeader(table, cells);
          continue;
        }
        const reason = v.log.rejected.get(table.name)?.get(line);
        if (reason !== undefined) {
          await rejects?.add(table.name, header.cells, cells, reason);
          continue;
        }
        await writer.add(table, decodeRow(table, header, cells).values);
        progress.tick(table.name);
      }
    } catch (e) {
      // A file that breaks off (validation reported where): the rows before the break are written.
      if (!(e instanceof CsvSyntaxError)) throw e;
    }
  };
  // Two reads so that every node is written before any relationship, whatever the file order.
  await source.read(
    v.tables.filter((f) => tableForFile(f)?.kind === "node"),
    visit,
  );
  await source.read(
    v.tables.filter((f) => tableForFile(f)?.kind === "rel"),
    visit,
  );
  await writer.finish();
  return writer.written;
}
