/**
 * Validation pass: streams every table once, nodes before relationships, keeping only the ids
 * (IdRegistry) and the rejected lines in memory. Checks each value against the model, duplicate
 * ids in a file, an id declared by two types (in the package, or against the database: a package
 * Broker X where the graph has Agency X), relationship ends that exist (package or database) and
 * have an allowed type, unknown files and columns (warnings), missing required columns.
 */
import type { NodeType } from "../../domain/model.js";
import { CsvSyntaxError } from "../source/csv-records.js";
import { decodeRow, type FieldProblem } from "../format/decode-row.js";
import { IdRegistry } from "./id-registry.js";
import type { PackageSource, SourceRecord, SourceTable } from "../source/package-source.js";
import {
  NODE_TABLES,
  REL_TABLES,
  tableForFile,
  type NodeTable,
  type PackageTable,
  type RelTable,
} from "../format/package-tables.js";
import { readHeader, type TableHeader } from "../format/table-header.js";
import { article, ValidationLog } from "./validation-log.js";
import { EndpointChecker, type TypeLookup } from "./endpoint-checker.js";

export type { TypeLookup } from "./endpoint-checker.js";

/** Ids looked up in the database per round trip. */
const LOOKUP_BATCH = 5000;

export interface ValidationResult {
  log: ValidationLog;
  registry: IdRegistry;
  /** Data rows read per table name (good and bad). */
  rows: Map<string, number>;
  /** Known tables present in the source, in write order (nodes, then relationships). */
  tables: string[];
}

export type RowCounter = (table: string, rowsSoFar: number) => void;

interface PendingNode {
  id: string;
  line: number;
}

export class PackageValidator {
  readonly log = new ValidationLog();
  readonly registry = new IdRegistry();
  readonly rows = new Map<string, number>();
  private readonly endpoints: EndpointChecker;

  constructor(
    private readonly lookup: TypeLookup | undefined,
    private readonly onRow: RowCounter = () => {},
  ) {
    this.endpoints = new EndpointChecker(this.registry, lookup, this.log);
  }

  async run(source: PackageSource): Promise<ValidationResult> {
    const present = new Set<string>();
    for (const t of source.tables) {
      const table = tableForFile(t.name);
      if (!table) this.log.warnings.push(`${t.label}: not a node or relationship type of the model; ignored`);
      else if (present.has(table.name))
        this.log.warnings.push(`${t.label}: ${table.name} appears twice; the first is used`);
      else present.add(table.name);
    }
    const nodeFiles = NODE_TABLES.filter((t) => present.has(t.name)).map((t) => `${t.name}.csv`);
    const relFiles = REL_TABLES.filter((t) => present.has(t.name)).map((t) => `${t.name}.csv`);
    await source.read(nodeFiles, (st, records) =>
      this.guarded(st, records, (table, h) => this.nodeTable(table as NodeTable, st, h, records)),
    );
    await source.read(relFiles, (st, records) =>
      this.guarded(st, records, (table, h) => this.relTable(table as RelTable, st, h, records)),
    );
    const order = new Map([...nodeFiles, ...relFiles].map((f, i) => [f.replace(/\.csv$/, ""), i]));
    this.log.sortErrors((file) => order.get(file.replace(/\.csv$/, "")) ?? 0);
    return { log: this.log, registry: this.registry, rows: this.rows, tables: [...nodeFiles, ...relFiles] };
  }

  /** Read the header, then hand the rest to `body`; a malformed CSV becomes one error for the file. */
  private async guarded(
    st: SourceTable,
    records: AsyncIterable<SourceRecord>,
    body: (table: PackageTable, header: TableHeader) => Promise<void>,
  ): Promise<void> {
    const table = tableForFile(st.name);
    if (!table || this.rows.has(table.name)) return drain(records);
    this.rows.set(table.name, 0);
    try {
      const iterator = records[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) {
        this.log.warnings.push(`${st.label}: empty (no header)`);
        return;
      }
      const header = readHeader(table, first.value.cells);
      this.checkHeader(st, first.value.line, header);
      await body(table, header);
    } catch (e) {
      if (!(e instanceof CsvSyntaxError)) throw e;
      this.log.error({ file: st.label, line: e.line, field: "(csv)", reason: e.message });
      this.log.unreadable.add(table.name);
    }
  }

  private checkHeader(st: SourceTable, line: number, h: TableHeader): void {
    for (const c of h.unknown) this.log.warnings.push(`${st.label}:${line}: ${c}: unknown column; ignored`);
    for (const c of h.repeated)
      this.log.error({ file: st.label, line, field: c, reason: "column appears twice in the header" });
    for (const c of h.missingRequired)
      this.log.error({
        file: st.label,
        line,
        field: c,
        reason: "required column is missing; every row of this file is rejected",
      });
  }

  private count(table: string): void {
    const n = (this.rows.get(table) ?? 0) + 1;
    this.rows.set(table, n);
    this.onRow(table, n);
  }

  private async nodeTable(
    table: NodeTable,
    st: SourceTable,
    header: TableHeader,
    records: AsyncIterable<SourceRecord>,
  ): Promise<void> {
    let pending: PendingNode[] = [];
    for await (const { line, cells } of records) {
      this.count(table.name);
      const { values, problems } = decodeRow(table, header, cells);
      const id = typeof values.id === "string" ? values.id : undefined;
      if (id !== undefined) {
        const seen = this.registry.get(id);
        if (seen?.type === table.name) problems.push({ field: "id", reason: `duplicate id ${id} in this file` });
        else if (seen)
          problems.push({
            field: "id",
            reason: `id ${id} is already ${article(seen.type)} ${seen.type} (${seen.type}.csv)`,
          });
        else {
          this.registry.add(id, table.name, problems.length > 0);
          if (this.lookup) pending.push({ id, line });
        }
      }
      if (problems.length) this.log.reject(table.name, st.label, line, problems);
      if (pending.length >= LOOKUP_BATCH) pending = await this.checkNodesInDb(table.name, st, pending);
    }
    await this.checkNodesInDb(table.name, st, pending);
  }

  /** Ids the package declares as one type that the graph already holds as another. */
  private async checkNodesInDb(type: NodeType, st: SourceTable, pending: PendingNode[]): Promise<PendingNode[]> {
    if (!this.lookup || pending.length === 0) return [];
    const found = await this.lookup(pending.map((p) => p.id));
    for (const { id, line } of pending) {
      const dbType = found.get(id);
      if (dbType !== undefined && dbType !== type) {
        this.registry.markBad(id);
        const problem: FieldProblem = {
          field: "id",
          reason: `id ${id} is already ${article(dbType)} ${dbType} in the database`,
        };
        this.log.reject(type, st.label, line, [problem]);
      }
    }
    return [];
  }

  private async relTable(
    table: RelTable,
    st: SourceTable,
    header: TableHeader,
    records: AsyncIterable<SourceRecord>,
  ): Promise<void> {
    for await (const { line, cells } of records) {
      this.count(table.name);
      const { values, problems } = decodeRow(table, header, cells);
      const ends = { from: values.from as string | undefined, to: values.to as string | undefined };
      this.endpoints.add({ table, file: st.label, line, ends, problems });
      if (this.endpoints.pendingIds >= LOOKUP_BATCH) await this.endpoints.flush();
    }
    await this.endpoints.flush();
  }
}

async function drain(records: AsyncIterable<SourceRecord>): Promise<void> {
  for await (const _ of records) {
    // consume: a streaming xlsx reader must read past sheets it does not use
  }
}

/** Validate a package source; `lookup` finds ids already in the database (omit for a dry check). */
export function validatePackage(
  source: PackageSource,
  lookup?: TypeLookup,
  onRow?: RowCounter,
): Promise<ValidationResult> {
  return new PackageValidator(lookup, onRow).run(source);
}
