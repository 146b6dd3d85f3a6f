/**
 * `exportPackage`: every :Entity node and every relationship of the model between them, written
 * as a data package (package-writer.ts). Deterministic, so that export → import into an empty
 * database → export gives byte-identical files: rows sorted by id, relationships by from, to (and
 * by their encoded cells when two share both ends), columns in model order, floats printed in
 * their shortest round-trip form. Read in keyset-paged queries, never one huge result.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { runCypher } from "../db/run-query.js";
import { forNodeType, forRelType } from "./write/cypher-templates.js";
import { csvLine } from "./format/csv-line.js";
import { NODE_TABLES, REL_TABLES, type PackageTable, type RelTable } from "./format/package-tables.js";
import { encodeRow, PackageWriter, type PackageRow } from "./format/package-writer.js";

export interface ExportOptions {
  database?: string;
  /** Nodes per page (default 5000); relationship pages hold up to pageSize / 2 start nodes. */
  pageSize?: number;
  onProgress?: (p: { table: string; rows: number }) => void;
}

export interface ExportReport {
  out: string;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Values in the graph that do not fit the model (written as found): first 100, and the count. */
  problems: string[];
  problemCount: number;
  seconds: number;
}

/** Keep the model's fields of a stored property map (drops derived ones such as pinyinInitials). */
function pick(table: PackageTable, props: Record<string, unknown>, extra: PackageRow = {}): PackageRow {
  const row: PackageRow = { ...extra };
  for (const col of table.columns) if (col in props) row[col] = props[col];
  return row;
}

async function page<T>(
  driver: Driver,
  name: string,
  cypher: string,
  after: string,
  limit: number,
  database?: string,
): Promise<T[]> {
  return runCypher(driver, name, cypher, { after, limit: neo4j.int(limit) }, { database }) as Promise<T[]>;
}

export async function exportPackage(
  driver: Driver,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const started = performance.now();
  const pageSize = options.pageSize ?? 5000;
  const problems: string[] = [];
  let problemCount = 0;
  const onProblem = (message: string): void => {
    if (problemCount++ < 100) problems.push(message);
  };
  const writer = await PackageWriter.open(outDir, { onProblem });
  try {
    for (const table of NODE_TABLES) {
      const cypher = forNodeType("ingest/read-nodes-page", table.name);
      for (let after = ""; ;) {
        const rows = await page<{ id: string; props: Record<string, unknown> }>(
          driver,
          `ingest/read-nodes-page:${table.name}`,
          cypher,
          after,
          pageSize,
          options.database,
        );
        for (const r of rows) await writer.writeNode(table.name, pick(table, r.props));
        options.onProgress?.({ table: table.name, rows: writer.counts()[table.name] ?? 0 });
        if (rows.length < pageSize) break;
        after = rows[rows.length - 1]?.id ?? after;
      }
    }
    for (const table of REL_TABLES)
      await exportRelationships(driver, writer, table, Math.max(1, Math.floor(pageSize / 2)), options);
  } finally {
    await writer.close();
  }
  const counts = writer.counts();
  return {
    out: outDir,
    nodes: Object.fromEntries(NODE_TABLES.map((t) => [t.name, counts[t.name] ?? 0])),
    relationships: Object.fromEntries(REL_TABLES.map((t) => [t.name, counts[t.name] ?? 0])),
    problems,
    problemCount,
    seconds: (performance.now() - started) / 1000,
  };
}

interface RelRecord {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

async function exportRelationships(
  driver: Driver,
  writer: PackageWriter,
  table: RelTable,
  startNodes: number,
  options: ExportOptions,
): Promise<void> {
  const cypher = forRelType("ingest/read-relationships-page", table.name);
  for (let after = ""; ;) {
    const rows = await page<RelRecord>(
      driver,
      `ingest/read-relationships-page:${table.name}`,
      cypher,
      after,
      startNodes,
      options.database,
    );
    if (rows.length === 0) break;
    const encoded = rows.map((r, i) => {
      const row = pick(table, r.props, { from: r.from, to: r.to });
      return { r, i, row, line: csvLine(encodeRow(table, row, () => {})) };
    });
    // Neo4j orders by (from, to); parallel relationships with the same ends are ordered by content.
    encoded.sort((a, b) => (a.r.from === b.r.from && a.r.to === b.r.to ? cmp(a.line, b.line) : a.i - b.i));
    for (const e of encoded) await writer.writeRel(table.name, e.row);
    options.onProgress?.({ table: table.name, rows: writer.counts()[table.name] ?? 0 });
    after = rows[rows.length - 1]?.from ?? after;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
