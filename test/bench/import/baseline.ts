/**
 * The row-at-a-time baseline: the same per-row work as the importer (its own MERGE statements,
 * parameters built by its own toParamRow, pinyin initials included) but one auto-commit
 * transaction per row, as a naive loader would do. Run on a self-contained sample of a package:
 * the first rows of every relationship file and the node rows of their endpoints, so every MERGE
 * of a relationship finds its ends.
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse";
import type { Driver } from "neo4j-driver";
import { forNodeType, forRelType } from "../../../graph-api/src/ingest/write/cypher-templates.js";
import { decodeRow } from "../../../graph-api/src/ingest/format/decode-row.js";
import { NODE_TABLES, REL_TABLES, type PackageTable } from "../../../graph-api/src/ingest/format/package-tables.js";
import { readHeader, type TableHeader } from "../../../graph-api/src/ingest/format/table-header.js";
import { toParamRow } from "../../../graph-api/src/ingest/write/write-batches.js";

export interface BaselineResult {
  nodes: number;
  relationships: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

interface Sampled {
  table: PackageTable;
  params: Record<string, unknown>;
}

/** Stream a CSV, handing each data row (with its header) to `keep`; stop early when it returns false. */
async function scan(
  file: string,
  table: PackageTable,
  keep: (header: TableHeader, cells: string[]) => boolean,
): Promise<void> {
  const parser = createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }));
  let header: TableHeader | undefined;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!header) header = readHeader(table, cells);
      else if (!keep(header, cells)) break;
    }
  } finally {
    parser.destroy();
  }
}

/** The sample: `relsPerType` first rows of each relationship file and the nodes they join. */
export async function sampleRows(dir: string, relsPerType: number): Promise<{ nodes: Sampled[]; rels: Sampled[] }> {
  const rels: Sampled[] = [];
  const ids = new Set<string>();
  for (const table of REL_TABLES) {
    let n = 0;
    await scan(join(dir, `${table.name}.csv`), table, (header, cells) => {
      const values = decodeRow(table, header, cells).values;
      ids.add(String(values.from));
      ids.add(String(values.to));
      rels.push({ table, params: toParamRow(table, values) });
      return ++n < relsPerType;
    });
  }
  const nodes: Sampled[] = [];
  for (const table of NODE_TABLES) {
    await scan(join(dir, `${table.name}.csv`), table, (header, cells) => {
      if (ids.has(cells[header.index.get("id") ?? 0] ?? ""))
        nodes.push({ table, params: toParamRow(table, decodeRow(table, header, cells).values) });
      return true;
    });
  }
  return { nodes, rels };
}

/** Write the sample one row per auto-commit transaction (nodes first) and time it. */
export async function runBaseline(
  driver: Driver,
  database: string,
  sample: { nodes: Sampled[]; rels: Sampled[] },
): Promise<BaselineResult> {
  const session = driver.session({ database });
  const started = performance.now();
  try {
    for (const { table, params } of [...sample.nodes, ...sample.rels]) {
      const cypher =
        table.kind === "node"
          ? forNodeType("ingest/merge-nodes", table.name)
          : forRelType("ingest/merge-relationships", table.name);
      await session.run(cypher, { rows: [params] });
    }
  } finally {
    await session.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = sample.nodes.length + sample.rels.length;
  return {
    nodes: sample.nodes.length,
    relationships: sample.rels.length,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
  };
}
