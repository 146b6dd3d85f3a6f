/** Matching fields (matching.graphql): public; brokers with public fields only. */
import { idArg, pageSizeArg } from "./args/index.js";
import { matchResults } from "../graph/matching/match-results.js";
import { recommendBrokers } from "../graph/matching/recommend-brokers.js";
import type { ResolverModule } from "./index.js";

const MAX_MATCHES = 100;

export const matchingResolvers: ResolverModule = () => ({
  Query: {
    matchResults: (_p, a: { demandId: string; limit?: number | null }, context) =>
      matchResults(
        context.request,
        idArg(a.demandId, "demandId"),
        pageSizeArg(a.limit, "limit", { default: 20, max: MAX_MATCHES }),
      ),
    recommendBrokers: (_p, a: { demandId: string; limit?: number | null }, context) =>
      recommendBrokers(
        context.request,
        idArg(a.demandId, "demandId"),
        pageSizeArg(a.limit, "limit", { default: 10, max: MAX_MATCHES }),
      ),
  },
});
