/** Matching fields (matching.graphql): public; brokers with public fields only. */
import { pageSizeArg } from "./args/index.js";
import { matchResults } from "../graph/matching/match-results.js";
import { recommendBrokers } from "../graph/matching/recommend-brokers.js";
import type { ResolverModule } from "./index.js";

const MAX_MATCHES = 100;

export const matchingResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    matchResults: (_p, a: { demandId: string; limit?: number | null }) =>
      matchResults(driver, a.demandId, pageSizeArg(a.limit, "limit", { default: 20, max: MAX_MATCHES }), {
        database: config.NEO4J_DATABASE,
        timeoutMs: config.QUERY_TIMEOUT_MS,
      }),
    recommendBrokers: (_p, a: { demandId: string; limit?: number | null }) =>
      recommendBrokers(driver, a.demandId, pageSizeArg(a.limit, "limit", { default: 10, max: MAX_MATCHES }), {
        database: config.NEO4J_DATABASE,
        timeoutMs: config.QUERY_TIMEOUT_MS,
      }),
  },
});
