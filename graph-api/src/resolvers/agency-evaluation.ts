/** Query.agencyEvaluation: agency performance of a year against the previous one (public). */
import { evaluateAgencies } from "../graph/rankings/agency-evaluation.js";
import { pageLimit, pageOffset, yearPeriod, perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

type Args = { year: number; limit?: number | null; offset?: number | null };

export const agencyEvaluationResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    agencyEvaluation: (_p: unknown, args: Args) => {
      yearPeriod(args.year); // validates the year
      return evaluateAgencies(
        driver,
        args.year,
        pageLimit(args.limit, config),
        pageOffset(args.offset),
        perRequest(config),
      );
    },
  },
});
