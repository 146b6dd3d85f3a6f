/**
 * The paging part of the API benchmark: keyset pages of deals, results and brokers by date (or
 * year), name and id — the first page and a deep one (after the node 90% into the order) — the
 * results of a chain through the anchored keyset page against hand-written Cypher for the same page,
 * and a sorted page of a root connection at an offset that used to exhaust Neo4j's memory.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { PAGED_TYPES, type PageOrder, type PagedTypeName } from "../../../graph-api/src/graph/paging/orders.js";
import { encodeCursor } from "../../../graph-api/src/resolvers/args/cursor.js";
import type { BenchIds, BenchOperation } from "./operations.js";

const DEEP = 0.9;

/** The orders measured per type: the date (or year), name and id keys, one direction each. */
const MEASURED: Record<PagedTypeName, string[]> = {
  Deal: ["SIGNED_ON_DESC", "NAME_ASC", "ID_ASC"],
  Result: ["YEAR_DESC", "NAME_ASC", "ID_DESC"],
  Broker: ["REGISTERED_ON_DESC", "NAME_ASC", "ID_ASC"],
};

const FIELD: Record<PagedTypeName, string> = { Deal: "dealsPage", Result: "resultsPage", Broker: "brokersPage" };

/** The cursor of the node `fraction` of the way into an order (computed once, by hand-written Cypher). */
async function cursorAt(driver: Driver, label: string, order: PageOrder, fraction: number): Promise<string> {
  const dir = order.direction;
  const count = Number((await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS c`)).records[0]?.get("c"));
  const skip = Math.floor(count * fraction);
  // nodes without the key come last, as in the page order
  const row = (
    await driver.executeQuery(
      `MATCH (n:${label}) RETURN n.id AS id, n.${order.key} AS key
       ORDER BY n.${order.key} IS NULL, n.${order.key} ${dir}, n.id ${dir} SKIP $skip LIMIT 1`,
      { skip: neo4j.int(skip) },
    )
  ).records[0];
  if (!row) throw new Error(`no ${label} at ${skip}`);
  const key = row.get("key") as unknown;
  return encodeCursor(order, {
    id: String(row.get("id")),
    key: key === null ? null : typeof key === "number" ? key : String(key),
  });
}

export async function pagingOperations(driver: Driver, ids: BenchIds): Promise<BenchOperation[]> {
  const ops: BenchOperation[] = [];
  for (const type of Object.keys(MEASURED) as PagedTypeName[]) {
    const spec = PAGED_TYPES[type];
    const orders: Record<string, PageOrder> = spec.orders;
    for (const name of MEASURED[type]) {
      const order = orders[name]!;
      const query = `query ($after: String) { ${FIELD[type]}(first: 50, order: ${name}, after: $after) {
        edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
      ops.push({
        name: `${FIELD[type]} ${name}, first page`,
        list: false,
        goal: "keyset",
        field: FIELD[type],
        query,
      });
      ops.push({
        name: `${FIELD[type]} ${name}, ${DEEP * 100}% deep`,
        list: false,
        goal: "keyset",
        field: FIELD[type],
        query,
        variables: { after: await cursorAt(driver, spec.label, order, DEEP) },
      });
    }
  }

  // The results of a chain, second page by year: the anchored keyset page against hand-written
  // Cypher for the same 50 rows (the `some` filter form is measured in operations.ts).
  const firstPage = (
    await driver.executeQuery(
      `MATCH (:IndustryChain {id: $c})<-[:APPLIES_TO]-(r:Result)
       RETURN r.id AS id, r.year AS year ORDER BY r.year DESC, r.id DESC SKIP 49 LIMIT 1`,
      { c: ids.chainId },
    )
  ).records[0];
  const after = encodeCursor(PAGED_TYPES.Result.orders.YEAR_DESC!, {
    id: String(firstPage?.get("id")),
    key: Number(firstPage?.get("year")),
  });
  ops.push({
    name: "results of a chain, resultsPage(chainId) page 2",
    list: false,
    goal: "anchored",
    field: "resultsPage",
    query: `query ($c: ID!, $after: String) { resultsPage(chainId: $c, order: YEAR_DESC, first: 50, after: $after) {
      edges { node { id name year } } } }`,
    variables: { c: ids.chainId, after },
    direct: async () =>
      (
        await driver.executeQuery(
          `MATCH (:IndustryChain {id: $c})<-[:APPLIES_TO]-(r:Result)
           RETURN r.id AS id, r.name AS name, r.year AS year ORDER BY r.year DESC, r.id DESC SKIP 50 LIMIT 50`,
          { c: ids.chainId },
        )
      ).records.map((r) => r.get("id") as string),
    key: (d) => (d.resultsPage as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id),
  });

  ops.push({
    name: "dealsConnection by date at offset 300 (bounded)",
    list: false,
    field: "dealsConnection",
    query: `query ($after: String) { dealsConnection(first: 50, after: $after, sort: [{ signedOn: DESC }]) {
      edges { node { id name signedOn } } pageInfo { hasNextPage endCursor } } }`,
    variables: { after: Buffer.from("arrayconnection:299").toString("base64") },
  });
  return ops;
}
