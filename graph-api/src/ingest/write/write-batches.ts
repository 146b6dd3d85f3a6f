/**
 * The write pass's database side: rows of one table are gathered into batches and sent as one
 * UNWIND … MERGE transaction each (cypher/queries/ingest/merge-*.cypher). One batch is in flight
 * while the next is being parsed, so reading and writing overlap without racing each other on
 * the same nodes. Every batch is its own transaction: an interrupted import leaves whole batches,
 * and since every statement is an idempotent upsert, running the import again completes it.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { FieldSpec } from "../../domain/model.js";
import { runCypher } from "../../db/run-query.js";
import { forNodeType, forRelType } from "./cypher-templates.js";
import type { PackageTable } from "../format/package-tables.js";
import { pinyinInitials } from "./pinyin-initials.js";
import type { PlainValue } from "../format/cell-decoder.js";

export interface BatchWriterOptions {
  database?: string;
  batchSize: number;
}

type Values = Record<string, PlainValue | undefined>;

/** Plain decoded value → what the driver should store: Integer for ints, Date for dates. */
export function toDriverValue(field: FieldSpec, v: PlainValue | undefined): unknown {
  if (v === undefined) return null;
  if (field.type.kind === "int" && typeof v === "number") return neo4j.int(v);
  if (field.type.kind === "date" && typeof v === "string") {
    const [y, m, d] = v.split("-").map(Number);
    return new neo4j.types.Date(y ?? 0, m ?? 0, d ?? 0);
  }
  return v;
}

/** The parameter row for one decoded row of `table` (every field present, null when absent). */
export function toParamRow(table: PackageTable, values: Values): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const field of table.fields) {
    if (field.name === "id" || field.name === "from" || field.name === "to") continue;
    props[field.name] = toDriverValue(field, values[field.name]);
  }
  if (table.kind === "node") {
    props.pinyinInitials = pinyinInitials(String(values.name ?? ""));
    return { id: values.id, props };
  }
  return { from: values.from, to: values.to, props };
}

export class BatchWriter {
  private batch: Record<string, unknown>[] = [];
  private table: PackageTable | undefined;
  private inFlight: Promise<unknown> = Promise.resolve();
  /** Rows the database confirmed, per table name. */
  readonly written = new Map<string, number>();

  constructor(
    private readonly driver: Driver,
    private readonly options: BatchWriterOptions,
  ) {}

  /** Queue a decoded row; resolves once any batch it filled has been handed to the database. */
  async add(table: PackageTable, values: Values): Promise<void> {
    if (this.table !== table) await this.flush();
    this.table = table;
    this.batch.push(toParamRow(table, values));
    if (this.batch.length >= this.options.batchSize) await this.flush();
  }

  /** Send what is queued and wait until every batch so far is committed. */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  private async flush(): Promise<void> {
    const table = this.table;
    if (!table || this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await this.inFlight; // at most one batch in flight
    this.inFlight = this.send(table, rows);
  }

  private async send(table: PackageTable, rows: Record<string, unknown>[]): Promise<void> {
    const cypher =
      table.kind === "node"
        ? forNodeType("ingest/merge-nodes", table.name)
        : forRelType("ingest/merge-relationships", table.name);
    const result = await runCypher<{ merged: number }>(
      this.driver,
      `ingest/merge-${table.kind}:${table.name}`,
      cypher,
      { rows },
      {
        database: this.options.database,
        mode: "WRITE",
      },
    );
    const merged = Number(result[0]?.merged ?? 0);
    this.written.set(table.name, (this.written.get(table.name) ?? 0) + merged);
  }
}
