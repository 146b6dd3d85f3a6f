/**
 * The root connections of the large types (dealsConnection, resultsConnection, brokersConnection),
 * bounded. @neo4j/graphql answers a root connection by collecting every matching node before it
 * sorts and skips, so a sorted page of a large type costs memory in proportion to the whole type
 * times the offset (at city scale a page of deals sorted by date at offset 300 exhausts Neo4j's
 * transaction memory after half a minute). Here the edges come from the generated list field
 * instead — ORDER BY, SKIP and LIMIT in the database, ties broken by id so that pages neither
 * overlap nor skip — with the same offset cursors (`arrayconnection:<n>` in base64), so clients
 * keep working. A cursor that is not one is BAD_USER_INPUT (it used to return the first page), and
 * offsets beyond MAX_CONNECTION_OFFSET are refused: deep reading is what the keyset pages
 * (dealsPage, resultsPage, brokersPage) are for, and `after` is deprecated here in their favour.
 * totalCount and aggregate are still computed by @neo4j/graphql (without a sort: one pass).
 */
import { Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { PAGED_TYPES } from "../graph/paging/orders.js";
import { badUserInput, pageSizeArg } from "../resolvers/args/index.js";
import { delegateToList, fieldsNamed, projectNodes, rowId, selectionsAt } from "../resolvers/select-nodes.js";
import type { SchemaConfig } from "./build-schema.js";

export const MAX_CONNECTION_OFFSET = 10_000;

const PREFIX = "arrayconnection:";
export const offsetCursor = (index: number): string => Buffer.from(`${PREFIX}${index}`).toString("base64");

/** The index of the first edge after `after` (0 without a cursor). */
function startAfter(after: unknown): number {
  if (after === null || after === undefined) return 0;
  const text = typeof after === "string" ? Buffer.from(after, "base64").toString("utf8") : "";
  const m = /^arrayconnection:(\d{1,9})$/.exec(text);
  if (!m || offsetCursor(Number(m[1])) !== after)
    throw badUserInput("after", "not a cursor of this connection (pass an edge's cursor or pageInfo.endCursor)");
  const start = Number(m[1]) + 1;
  if (start > MAX_CONNECTION_OFFSET)
    throw badUserInput(
      "after",
      `offset paging stops after ${MAX_CONNECTION_OFFSET} rows; read further with the keyset page of this type`,
    );
  return start;
}

/** The current field with only the selections named `names` (and only its `where` argument). */
function narrowed(info: GraphQLResolveInfo, names: string[]): GraphQLResolveInfo | undefined {
  const fieldNodes: FieldNode[] = info.fieldNodes.map((f) => ({
    ...f,
    arguments: f.arguments?.filter((a) => a.name.value === "where"),
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: names.flatMap((n) => (f.selectionSet ? fieldsNamed(f.selectionSet.selections, n, info) : [])),
    },
  }));
  return fieldNodes.some((f) => f.selectionSet!.selections.length > 0) ? { ...info, fieldNodes } : undefined;
}

/** The sort with id appended (in the direction of the last key, ascending when there is none). */
function withIdLast(sort: unknown): Record<string, string>[] {
  const keys = Array.isArray(sort) ? (sort as Record<string, string>[]) : [];
  if (keys.some((k) => "id" in k)) return keys;
  const last = keys.at(-1);
  return [...keys, { id: last ? (Object.values(last)[0] ?? "ASC") : "ASC" }];
}

function boundConnection(
  original: GraphQLFieldResolver<unknown, unknown>,
  listField: string,
  config: SchemaConfig,
): GraphQLFieldResolver<unknown, unknown> {
  return async (source, args: Record<string, unknown>, context, info) => {
    const start = startAfter(args.after);
    const first = pageSizeArg(args.first as number | null | undefined, "first", {
      default: config.DEFAULT_PAGE_SIZE,
      max: config.MAX_PAGE_SIZE,
      min: 0,
    });
    // @neo4j/graphql takes an absent argument, not an undefined one
    const where = args.where === undefined ? {} : { where: args.where };
    const countsInfo = narrowed(info, ["totalCount", "aggregate"]);
    const counts = countsInfo ? ((await original(source, where, context, countsInfo)) as Record<string, unknown>) : {};
    if (selectionsAt(info, ["edges"]).size === 0 && selectionsAt(info, ["pageInfo"]).size === 0) return counts;

    const list = { ...where, sort: withIdLast(args.sort), offset: start };
    const [main, ...others] = [...selectionsAt(info, ["edges", "node"])];
    // one more row than asked tells whether a next page exists, within the list's own maximum
    const ask = Math.min(first + 1, config.MAX_PAGE_SIZE);
    const rows =
      first === 0 ? [] : await delegateToList(info, context, listField, main?.[1] ?? [], { ...list, limit: ask });
    let hasNextPage = rows.length > first;
    if (!hasNextPage && rows.length === first) {
      const probe = await delegateToList(info, context, listField, [], { ...list, offset: start + first, limit: 1 });
      hasNextPage = probe.length > 0;
    }
    const page = rows.slice(0, first);
    const ids = page.map(rowId);
    const projected = await Promise.all(
      others.map(async ([key, fields]) => [key, await projectNodes(info, context, listField, fields, ids)] as const),
    );
    const edges = page.map((row, i) => {
      const edge: Record<string, unknown> = { cursor: offsetCursor(start + i) };
      if (main) edge[main[0]] = row;
      for (const [key, nodes] of projected) edge[key] = nodes.get(rowId(row));
      return edge;
    });
    const pageInfo = {
      hasNextPage,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? offsetCursor(start) : null,
      endCursor: edges.length ? offsetCursor(start + edges.length - 1) : null,
    };
    return { ...counts, edges, pageInfo };
  };
}

/** Replace the root connection resolvers of the paged types and deprecate their `after`. */
export function boundRootConnections(schema: GraphQLSchema, config: SchemaConfig): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const spec of Object.values(PAGED_TYPES)) {
    const field = fields[`${spec.listField}Connection`];
    if (!field?.resolve) continue;
    field.resolve = boundConnection(field.resolve, spec.listField, config);
    const after = field.args.find((a) => a.name === "after");
    if (after)
      after.deprecationReason =
        `Offset cursors, refused beyond ${MAX_CONNECTION_OFFSET} rows: page with ` +
        `${spec.listField}Page (keyset) to read further. This connection stays for totalCount and aggregate.`;
  }
}
