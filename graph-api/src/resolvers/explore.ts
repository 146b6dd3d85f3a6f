/**
 * Explore fields (explore.graphql) for the explorer canvas. Public: nodes carry public properties
 * only (never a broker's phone or e-mail; see graph/explore/load-nodes.ts).
 */
import * as explore from "../graph/explore/explore.js";
import type { ExpandArgs } from "../graph/explore/explore.js";
import type { ResolverModule } from "./index.js";

export const exploreResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    search: (_p, a: { text: string; types?: string[] | null; limit?: number | null }) =>
      explore.search(driver, a.text, a.types, a.limit),
    nodesByType: (_p, a: { type: string; limit?: number | null }) => explore.nodesByType(driver, a.type, a.limit),
    node: (_p, a: { id: string }) => explore.getNode(driver, a.id),
    neighbourCounts: (_p, a: { id: string }) => explore.neighbourCounts(driver, a.id),
    expand: (_p, a: ExpandArgs) => explore.expand(driver, a, config.MAX_PAGE_SIZE),
    subgraph: (_p, a: { ids: string[] }) => explore.subgraph(driver, a.ids),
    shortestPath: (_p, a: { fromId: string; toId: string; maxHops?: number | null }) =>
      explore.shortestPath(driver, a.fromId, a.toId, a.maxHops),
  },
});
