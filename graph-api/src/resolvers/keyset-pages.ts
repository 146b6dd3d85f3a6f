/**
 * Query.dealsPage, resultsPage, brokersPage (paging.graphql): keyset pages of the large types.
 * The page's ids come from the keyset query (graph/paging); the nodes are projected with the
 * client's selection on `edges.node` by the generated list field (select-nodes.ts). Public.
 */
import type { GraphQLResolveInfo } from "graphql";
import { keysetPage, type KeysetRow, type PageFilter } from "../graph/paging/keyset-page.js";
import { PAGED_TYPES, type PageOrder, type PagedTypeName } from "../graph/paging/orders.js";
import {
  configuredPageSize,
  decodeCursor,
  encodeCursor,
  openPeriodInput,
  type DatePeriodInput,
  optionalIdArg,
  pageSizeArg,
} from "./args/index.js";
import type { ApiContext } from "../auth/context.js";
import type { ResolverDeps, ResolverModule } from "./index.js";
import { projectNodes, selectionsAt } from "./select-nodes.js";

interface PageArgs {
  first?: number | null;
  after?: string | null;
  order?: string | null;
}

type Edge = Record<string, unknown> & { cursor: string };

/** The edges of the rows: a cursor each, and the node under every response key `node` was selected with. */
async function edgesOf(
  rows: KeysetRow[],
  order: PageOrder,
  listField: string,
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<Edge[]> {
  const ids = rows.map((r) => r.id);
  const projections = await Promise.all(
    [...selectionsAt(info, ["edges", "node"])].map(
      async ([key, fields]) => [key, await projectNodes(info, context, listField, fields, ids)] as const,
    ),
  );
  // A node deleted between the two queries leaves the page rather than a null in a non-null field.
  return rows
    .filter((r) => projections.every(([, nodes]) => nodes.has(r.id)))
    .map((r) => {
      const edge: Edge = { cursor: encodeCursor(order, r) };
      for (const [key, nodes] of projections) edge[key] = nodes.get(r.id);
      return edge;
    });
}

function pageResolver(
  type: PagedTypeName,
  filterOf: (args: Record<string, unknown>) => PageFilter,
  { config }: ResolverDeps,
) {
  const spec = PAGED_TYPES[type];
  const orders: Record<string, PageOrder> = spec.orders;
  return async (
    _p: unknown,
    args: PageArgs & Record<string, unknown>,
    context: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    // the enum admits only the orders of the type; the default is the schema's
    const order = orders[args.order ?? spec.defaultOrder] as PageOrder;
    const first = pageSizeArg(args.first, "first", configuredPageSize(config));
    const after = args.after === null || args.after === undefined ? null : decodeCursor(args.after, order, "after");
    const { rows, hasNextPage } = await keysetPage(context.request, {
      type,
      order,
      after,
      first,
      filter: filterOf(args),
    });
    const edges = await edgesOf(rows, order, spec.listField, context, info);
    const last = rows.at(-1);
    return { edges, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(order, last) : null } };
  };
}

export const keysetPagesResolvers: ResolverModule = (deps) => ({
  Query: {
    dealsPage: pageResolver(
      "Deal",
      (a) => ({
        kind: "signed",
        window: openPeriodInput(
          a.period as DatePeriodInput | null | undefined,
          { from: a.signedFrom, to: a.signedTo },
          { from: "signedFrom", to: "signedTo" },
        ),
      }),
      deps,
    ),
    resultsPage: pageResolver(
      "Result",
      (a) => {
        const chainId = optionalIdArg(a.chainId as string | null | undefined, "chainId");
        return chainId === null ? { kind: "none" } : { kind: "chain", chainId };
      },
      deps,
    ),
    brokersPage: pageResolver("Broker", () => ({ kind: "none" }), deps),
  },
});
