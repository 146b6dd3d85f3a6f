/**
 * Explore fields (explore.graphql) for the explorer canvas. Public: nodes carry public properties
 * only (never a broker's phone or e-mail; see graph/explore/load-nodes.ts).
 */
import * as explore from "../graph/explore/explore.js";
import { SEARCH_DEFAULT, SEARCH_MAX, SEARCH_MAX_OFFSET } from "../graph/explore/search.js";
import type { ExploreDirection } from "../graph/explore/types.js";
import {
  idArg,
  idListArg,
  intArg,
  nodeTypeArg,
  nodeTypesArg,
  pageSizeArg,
  MAX_YEAR,
  MIN_YEAR,
  relTypesArg,
} from "./args/index.js";
import type { ResolverModule } from "./index.js";

interface SearchFieldArgs {
  text: string;
  types?: string[] | null;
  limit?: number | null;
  offset?: number | null;
}

interface ExpandFieldArgs {
  id: string;
  relType?: string | null;
  direction?: ExploreDirection | null;
  neighbourType?: string | null;
  year?: number | null;
  groupAbove?: number | null;
  limit?: number | null;
  offset?: number | null;
}

interface NeighbourYearsFieldArgs {
  id: string;
  relType: string;
  direction: ExploreDirection;
  neighbourType: string;
}

const YEAR_RANGE = { fallback: MIN_YEAR, min: MIN_YEAR, max: MAX_YEAR };

const searchInput = (a: SearchFieldArgs) => ({
  text: a.text,
  types: nodeTypesArg(a.types, "types"),
  limit: pageSizeArg(a.limit, "limit", { default: SEARCH_DEFAULT, max: SEARCH_MAX }),
  offset: intArg(a.offset, "offset", { fallback: 0, min: 0, max: SEARCH_MAX_OFFSET }),
});

export const exploreResolvers: ResolverModule = ({ config }) => ({
  Query: {
    search: (_p, a: SearchFieldArgs, context) => explore.search(context.request, searchInput(a)),
    searchPage: (_p, a: SearchFieldArgs, context) => explore.searchPage(context.request, searchInput(a)),
    nodesByType: (_p, a: { type: string; limit?: number | null }, context) =>
      explore.nodesByType(
        context.request,
        nodeTypeArg(a.type, "type"),
        pageSizeArg(a.limit, "limit", { default: explore.NODES_BY_TYPE_DEFAULT, max: explore.NODES_BY_TYPE_MAX }),
      ),
    node: (_p, a: { id: string }, context) => explore.getNode(context.request, idArg(a.id, "id")),
    neighbourCounts: (_p, a: { id: string }, context) => explore.neighbourCounts(context.request, idArg(a.id, "id")),
    expand: (_p, a: ExpandFieldArgs, context) =>
      explore.expand(context.request, {
        id: idArg(a.id, "id"),
        relTypes: relTypesArg(a.relType, "relType"),
        direction: a.direction ?? null,
        neighbourType: a.neighbourType ? nodeTypeArg(a.neighbourType, "neighbourType") : null,
        year: a.year === null || a.year === undefined ? null : intArg(a.year, "year", YEAR_RANGE),
        groupAbove:
          a.groupAbove === null || a.groupAbove === undefined
            ? null
            : intArg(a.groupAbove, "groupAbove", {
                fallback: explore.GROUP_ABOVE_MIN,
                min: explore.GROUP_ABOVE_MIN,
                max: explore.GROUP_ABOVE_MAX,
              }),
        limit: pageSizeArg(a.limit, "limit", { default: explore.EXPAND_DEFAULT, max: config.MAX_PAGE_SIZE }),
        offset: intArg(a.offset, "offset", { fallback: 0, min: 0, max: explore.EXPAND_MAX_OFFSET }),
      }),
    neighbourYears: (_p, a: NeighbourYearsFieldArgs, context) =>
      explore.neighbourYears(context.request, {
        id: idArg(a.id, "id"),
        relType: relTypesArg(a.relType, "relType")[0]!,
        direction: a.direction,
        neighbourType: nodeTypeArg(a.neighbourType, "neighbourType"),
      }),
    subgraph: (_p, a: { ids: string[] }, context) =>
      explore.subgraph(context.request, idListArg(a.ids, "ids", explore.SUBGRAPH_MAX_IDS)),
    shortestPath: (_p, a: { fromId: string; toId: string; maxHops?: number | null }, context) =>
      explore.shortestPath(
        context.request,
        idArg(a.fromId, "fromId"),
        idArg(a.toId, "toId"),
        intArg(a.maxHops, "maxHops", { fallback: explore.PATH_DEFAULT_HOPS, min: 1, max: explore.PATH_MAX_HOPS }),
      ),
  },
});
