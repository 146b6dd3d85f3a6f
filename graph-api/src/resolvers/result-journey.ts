/** Query.resultJourney: the journey of one result (public; brokers without contact fields). */
import { getResultJourney } from "../graph/tracing/journey.js";
import type { ResolverModule } from "./index.js";

export const resultJourneyResolvers: ResolverModule = ({ driver }) => ({
  Query: {
    resultJourney: (_parent: unknown, args: { id: string }) => getResultJourney(driver, args.id),
  },
});
