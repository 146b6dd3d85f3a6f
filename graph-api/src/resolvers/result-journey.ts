/** Query.resultJourney: the journey of one result (public; brokers without contact fields). */
import { getResultJourney } from "../graph/tracing/journey.js";
import { perRequest } from "../graph/shared/period.js";
import { idArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const resultJourneyResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    resultJourney: (_parent: unknown, args: { id: string }) =>
      getResultJourney(driver, idArg(args.id, "id"), config.MAX_PAGE_SIZE, perRequest(config)),
  },
});
