/**
 * Checks the `from`/`to` of relationship rows: the id must be a node of the package or of the
 * database, of a type the relationship allows at that end, and not a rejected row. Ids not in the
 * package are looked up in the database in batches (rows wait in `pending` meanwhile) and
 * remembered, so a hub referenced by thousands of rows is looked up once.
 */
import type { FieldProblem } from "../format/decode-row.js";
import type { IdRegistry } from "./id-registry.js";
import type { RelTable } from "../format/package-tables.js";
import { article, type ValidationLog } from "./validation-log.js";

/** id → type label for the ids that exist in the database. */
export type TypeLookup = (ids: string[]) => Promise<Map<string, string>>;

export interface RelRow {
  table: RelTable;
  file: string;
  line: number;
  ends: { from: string | undefined; to: string | undefined };
  problems: FieldProblem[];
}

const CACHE_LIMIT = 200_000;
const NOT_FOUND = "";

export class EndpointChecker {
  private pending: RelRow[] = [];
  private readonly wanted = new Set<string>();
  /** Database answers: id → type, or NOT_FOUND. */
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly registry: IdRegistry,
    private readonly lookup: TypeLookup | undefined,
    private readonly log: ValidationLog,
  ) {}

  get pendingIds(): number {
    return this.wanted.size;
  }

  add(row: RelRow): void {
    let waits = false;
    for (const id of [row.ends.from, row.ends.to]) {
      if (id === undefined || this.registry.get(id) || this.cache.has(id) || !this.lookup) continue;
      this.wanted.add(id);
      waits = true;
    }
    if (waits) this.pending.push(row);
    else this.finish(row);
  }

  async flush(): Promise<void> {
    if (this.wanted.size && this.lookup) {
      if (this.cache.size > CACHE_LIMIT) this.cache.clear();
      const ids = [...this.wanted];
      const found = await this.lookup(ids);
      for (const id of ids) this.cache.set(id, found.get(id) ?? NOT_FOUND);
    }
    this.wanted.clear();
    const rows = this.pending;
    this.pending = [];
    for (const row of rows) this.finish(row);
  }

  private finish(row: RelRow): void {
    const problems = [...row.problems];
    for (const end of ["from", "to"] as const) {
      const id = row.ends[end];
      if (id === undefined) continue;
      const problem = this.check(row.table, end, id);
      if (problem) problems.push({ field: end, reason: problem });
    }
    if (problems.length) this.log.reject(row.table.name, row.file, row.line, problems);
  }

  private check(table: RelTable, end: "from" | "to", id: string): string | undefined {
    const known = this.registry.get(id);
    const type = known?.type ?? (this.cache.get(id) || undefined);
    if (type === undefined) return `unknown id ${id} (not in the package or the database)`;
    if (known?.bad) return `${id} refers to a rejected ${type} row`;
    const allowed: readonly string[] = table.spec[end];
    if (!allowed.includes(type)) {
      return `${id} is ${article(type)} ${type}, but ${table.name} ${end === "from" ? "starts at" : "ends at"} ${allowed.join(" or ")}`;
    }
    return undefined;
  }
}
