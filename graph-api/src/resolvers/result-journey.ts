/**
 * Query.resultJourney: the journey of one result (public; brokers without contact fields), and
 * Query.resultsByDeals: the results to pick a journey from, busiest first.
 */
import { getResultJourney } from "../graph/tracing/journey.js";
import { resultsByDeals } from "../graph/tracing/results-by-deals.js";
import { configuredPageSize, idArg, offsetArg, pageSizeArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const resultJourneyResolvers: ResolverModule = ({ config }) => ({
  Query: {
    resultJourney: (_parent: unknown, args: { id: string }, context) =>
      getResultJourney(context.request, idArg(args.id, "id"), config.MAX_PAGE_SIZE),
    resultsByDeals: (
      _parent: unknown,
      args: { text?: string | null; limit?: number | null; offset?: number | null },
      context,
    ) =>
      resultsByDeals(context.request, {
        text: args.text ?? null,
        limit: pageSizeArg(args.limit, "limit", configuredPageSize(config)),
        offset: offsetArg(args.offset),
      }),
  },
});
