/** Matching fields (matching.graphql): public; brokers with public fields only. */
import { boundedInt } from "../graph/network/args.js";
import { matchResults } from "../graph/matching/match-results.js";
import { recommendBrokers } from "../graph/matching/recommend-brokers.js";
import type { ResolverModule } from "./index.js";

const MAX_MATCHES = 100;

export const matchingResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    matchResults: (_p, a: { demandId: string; limit?: number | null }) =>
      matchResults(driver, a.demandId, boundedInt(a.limit, "limit", 20, MAX_MATCHES), {
        database: config.NEO4J_DATABASE,
        timeoutMs: config.QUERY_TIMEOUT_MS,
      }),
    recommendBrokers: (_p, a: { demandId: string; limit?: number | null }) =>
      recommendBrokers(driver, a.demandId, boundedInt(a.limit, "limit", 10, MAX_MATCHES), {
        database: config.NEO4J_DATABASE,
        timeoutMs: config.QUERY_TIMEOUT_MS,
      }),
  },
});
