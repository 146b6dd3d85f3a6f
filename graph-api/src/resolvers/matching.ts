/** Matching fields (matching.graphql): public; brokers with public fields only. */
import { idArg, pageSizeArg } from "./args/index.js";
import { matchResults } from "../graph/matching/match-results.js";
import { recommendBrokers } from "../graph/matching/recommend-brokers.js";
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { MATCH_HEAD } from "../graph/analytics/match-lists.js";
import type { ResolverModule } from "./index.js";

/** The most a matching field returns: what the analytics run stores per chain set. */
const MAX_MATCHES = MATCH_HEAD;

export const matchingResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    matchResults: (_p, a: { demandId: string; limit?: number | null }, context) =>
      matchResults(
        context.request,
        idArg(a.demandId, "demandId"),
        pageSizeArg(a.limit, "limit", { default: 20, max: MAX_MATCHES }),
        { ...context.request, analytics: analyticsService(driver, config) },
      ),
    recommendBrokers: (_p, a: { demandId: string; limit?: number | null }, context) =>
      recommendBrokers(
        context.request,
        idArg(a.demandId, "demandId"),
        pageSizeArg(a.limit, "limit", { default: 10, max: MAX_MATCHES }),
        { ...context.request, analytics: analyticsService(driver, config) },
      ),
  },
});
