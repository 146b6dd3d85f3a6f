/**
 * Explore fields (explore.graphql) for the explorer canvas. Public: nodes carry public properties
 * only (never a broker's phone or e-mail; see graph/explore/load-nodes.ts).
 */
import * as explore from "../graph/explore/explore.js";
import type { ExpandArgs, NeighbourYearsArgs } from "../graph/explore/explore.js";
import { perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

type SearchArgs = { text: string; types?: string[] | null; limit?: number | null; offset?: number | null };

export const exploreResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    search: (_p, a: SearchArgs) => explore.search(driver, a.text, a.types, a.limit, perRequest(config)),
    searchPage: (_p, a: SearchArgs) => explore.searchPage(driver, a, perRequest(config)),
    nodesByType: (_p, a: { type: string; limit?: number | null }) => explore.nodesByType(driver, a.type, a.limit),
    node: (_p, a: { id: string }) => explore.getNode(driver, a.id),
    neighbourCounts: (_p, a: { id: string }) => explore.neighbourCounts(driver, a.id, perRequest(config)),
    expand: (_p, a: ExpandArgs) => explore.expand(driver, a, config.MAX_PAGE_SIZE, perRequest(config)),
    neighbourYears: (_p, a: NeighbourYearsArgs) => explore.neighbourYears(driver, a, perRequest(config)),
    subgraph: (_p, a: { ids: string[] }) => explore.subgraph(driver, a.ids),
    shortestPath: (_p, a: { fromId: string; toId: string; maxHops?: number | null }) =>
      explore.shortestPath(driver, a.fromId, a.toId, a.maxHops),
  },
});
