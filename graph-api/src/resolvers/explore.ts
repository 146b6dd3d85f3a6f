/**
 * Explore fields (explore.graphql) for the explorer canvas. Public: nodes carry public properties
 * only (never a broker's phone or e-mail; see graph/explore/load-nodes.ts).
 */
import * as explore from "../graph/explore/explore.js";
import type { ExploreDirection } from "../graph/explore/types.js";
import {
  idArg,
  idListArg,
  intArg,
  nodeTypeArg,
  nodeTypesArg,
  offsetArg,
  pageSizeArg,
  relTypesArg,
} from "./args/index.js";
import type { ResolverModule } from "./index.js";

interface ExpandFieldArgs {
  id: string;
  relType?: string | null;
  direction?: ExploreDirection | null;
  limit?: number | null;
  offset?: number | null;
}

export const exploreResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    search: (_p, a: { text: string; types?: string[] | null; limit?: number | null }) =>
      explore.search(
        driver,
        a.text,
        nodeTypesArg(a.types, "types"),
        pageSizeArg(a.limit, "limit", { default: explore.SEARCH_DEFAULT, max: explore.SEARCH_MAX }),
      ),
    nodesByType: (_p, a: { type: string; limit?: number | null }) =>
      explore.nodesByType(
        driver,
        nodeTypeArg(a.type, "type"),
        pageSizeArg(a.limit, "limit", { default: explore.NODES_BY_TYPE_DEFAULT, max: explore.NODES_BY_TYPE_MAX }),
      ),
    node: (_p, a: { id: string }) => explore.getNode(driver, idArg(a.id, "id")),
    neighbourCounts: (_p, a: { id: string }) => explore.neighbourCounts(driver, idArg(a.id, "id")),
    expand: (_p, a: ExpandFieldArgs) =>
      explore.expand(driver, {
        id: idArg(a.id, "id"),
        relTypes: relTypesArg(a.relType, "relType"),
        direction: a.direction ?? null,
        limit: pageSizeArg(a.limit, "limit", { default: explore.EXPAND_DEFAULT, max: config.MAX_PAGE_SIZE }),
        offset: offsetArg(a.offset),
      }),
    subgraph: (_p, a: { ids: string[] }) => explore.subgraph(driver, idListArg(a.ids, "ids", explore.SUBGRAPH_MAX_IDS)),
    shortestPath: (_p, a: { fromId: string; toId: string; maxHops?: number | null }) =>
      explore.shortestPath(
        driver,
        idArg(a.fromId, "fromId"),
        idArg(a.toId, "toId"),
        intArg(a.maxHops, "maxHops", { fallback: explore.PATH_DEFAULT_HOPS, min: 1, max: explore.PATH_MAX_HOPS }),
      ),
  },
});
