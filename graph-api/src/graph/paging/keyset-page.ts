/**
 * One keyset page: the ids (and order keys) of the `first` nodes after a position in an order, and
 * whether more follow. Positions are (key, id) pairs; the page query seeks the composite index
 * (key, id) from there (cypher/queries/paging), so its cost does not grow with the depth of the page.
 * Nodes without the key (a nullable key) follow the others, by id.
 */
import neo4j from "neo4j-driver";
import type { RequestContext } from "../../db/request-context.js";
import { loadTemplate } from "../../db/cypher.js";
import { runCypher } from "../../db/run-query.js";
import { PAGED_TYPES, type KeyType, type PageOrder, type PagedTypeName } from "./orders.js";

/** A place in an order: after the node with this key (null: one without the key) and id. */
export interface Position {
  key: string | number | null;
  id: string;
}

export interface KeysetRow {
  id: string;
  key: string | number | null;
}

/** What narrows the listed nodes, per type. */
export type PageFilter =
  | { kind: "none" }
  | { kind: "signed"; window: { from: string | null; to: string | null } }
  | { kind: "chain"; chainId: string };

export interface KeysetQuery {
  type: PagedTypeName;
  order: PageOrder;
  after: Position | null;
  first: number;
  filter: PageFilter;
}

// Bounds before and after every value of a key (the first page starts at one of them). Neo4j
// compares strings by UTF-16 code unit, so "\uffff" (a non-character) sorts after every name and id.
const EARLIEST = new neo4j.types.Date(-999_999_999, 1, 1);
const LATEST = new neo4j.types.Date(999_999_999, 12, 31);
const BOUNDS: Record<KeyType, { low: unknown; high: unknown }> = {
  date: { low: EARLIEST, high: LATEST },
  int: { low: neo4j.Integer.MIN_VALUE, high: neo4j.Integer.MAX_VALUE },
  string: { low: "", high: "\uffff" },
};

const toDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};

/** A key value as a Cypher parameter of its type. */
function keyParam(type: KeyType, value: string | number): unknown {
  if (type === "date") return toDate(String(value));
  if (type === "int") return neo4j.int(Number(value));
  return String(value);
}

/** A key value as it is put in a cursor: dates as ISO text. */
function keyValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : String(value);
}

const templateValues = (label: string, order: PageOrder) => ({
  LABEL: label,
  KEY: order.key,
  DIR: order.direction,
  CMP: order.direction === "ASC" ? ">" : "<",
});

/** The rows of the first part of an order: the nodes that have the key, after `position`. */
async function withKey(rq: RequestContext, q: KeysetQuery, limit: number): Promise<KeysetRow[]> {
  const { order, after, filter } = q;
  const bound = BOUNDS[order.keyType];
  const start = order.direction === "ASC" ? bound.low : bound.high;
  const params: Record<string, unknown> = {
    key: after ? keyParam(order.keyType, after.key as string | number) : start,
    id: after ? after.id : order.direction === "ASC" ? "" : "\uffff",
    limit: neo4j.int(limit),
  };
  const values = templateValues(PAGED_TYPES[q.type].label, order);
  let name = "paging/nodes-page";
  // Without a window the plain statement keeps the planner on the order's own index.
  if (filter.kind === "signed" && (filter.window.from !== null || filter.window.to !== null)) {
    name = "paging/deals-page";
    params.from = filter.window.from ? toDate(filter.window.from) : EARLIEST;
    params.to = filter.window.to ? toDate(filter.window.to) : LATEST;
  } else if (filter.kind === "chain") {
    name = "paging/results-of-chain-page";
    params.chainId = filter.chainId;
  }
  const rows = await runCypher<{ id: string; key: unknown }>(rq, name, loadTemplate(name, values), params);
  return rows.map((r) => ({ id: r.id, key: keyValue(r.key) }));
}

/** The nodes without the key (a nullable key), by id, after `afterId` (null: from the first). */
async function withoutKey(
  rq: RequestContext,
  q: KeysetQuery,
  afterId: string | null,
  limit: number,
): Promise<KeysetRow[]> {
  const name = "paging/nodes-without-key-page";
  const text = loadTemplate(name, templateValues(PAGED_TYPES[q.type].label, q.order));
  const id = afterId ?? (q.order.direction === "ASC" ? "" : "\uffff");
  const rows = await runCypher<{ id: string }>(rq, name, text, { id, limit: neo4j.int(limit) });
  return rows.map((r) => ({ id: r.id, key: null }));
}

/** The page after `q.after`: up to `q.first` rows, and whether more follow. */
export async function keysetPage(
  rq: RequestContext,
  q: KeysetQuery,
): Promise<{ rows: KeysetRow[]; hasNextPage: boolean }> {
  const wanted = q.first + 1; // one more tells whether a next page exists
  const inNullPart = q.after !== null && q.after.key === null;
  const rows = inNullPart ? [] : await withKey(rq, q, wanted);
  if (q.order.nullable && rows.length < wanted) {
    rows.push(...(await withoutKey(rq, q, inNullPart ? q.after!.id : null, wanted - rows.length)));
  }
  return { rows: rows.slice(0, q.first), hasNextPage: rows.length > q.first };
}
