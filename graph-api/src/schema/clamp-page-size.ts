/**
 * Cap `limit` and `first` of the root list and connection fields at MAX_PAGE_SIZE before
 * @neo4j/graphql sees them. `@limit(max)` already caps the rows fetched, but the library computes
 * a root connection's `pageInfo.hasNextPage` from the `first` asked for: `first: 1000` over 600
 * nodes would return 500 edges with hasNextPage false, and a client paging on it would stop early.
 */
import type { GraphQLSchema } from "graphql";

const PAGE_ARGS = ["limit", "first"] as const;

export function clampRootPageSizes(schema: GraphQLSchema, maxPageSize: number): void {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || !field.args.some((a) => (PAGE_ARGS as readonly string[]).includes(a.name))) continue;
    field.resolve = (source, args: Record<string, unknown>, context, info) => {
      let clamped = args;
      for (const name of PAGE_ARGS) {
        const value = args[name];
        if (typeof value === "number" && value > maxPageSize) clamped = { ...clamped, [name]: maxPageSize };
      }
      return resolve(source, clamped, context, info);
    };
  }
}
