/**
 * Query.resultJourney: the journey of one result (public; brokers without contact fields), and
 * Query.resultsByDeals: the results to pick a journey from, busiest first.
 */
import { getResultJourney } from "../graph/tracing/journey.js";
import { resultsByDeals, type ResultsByDealsArgs } from "../graph/tracing/results-by-deals.js";
import { perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

export const resultJourneyResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    resultJourney: (_parent: unknown, args: { id: string }) =>
      getResultJourney(driver, args.id, config.MAX_PAGE_SIZE, perRequest(config)),
    resultsByDeals: (_parent: unknown, args: ResultsByDealsArgs) =>
      resultsByDeals(driver, args, config, perRequest(config)),
  },
});
