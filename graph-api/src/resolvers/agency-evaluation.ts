/** Query.agencyEvaluation: agency performance of a year against the previous one (public). */
import { evaluateAgencies } from "../graph/rankings/agency-evaluation.js";
import { configuredPageSize, offsetArg, pageSizeArg, yearArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

type Args = { year: number; limit?: number | null; offset?: number | null };

export const agencyEvaluationResolvers: ResolverModule = ({ config }) => ({
  Query: {
    agencyEvaluation: (_p: unknown, args: Args, context) => {
      yearArg(args.year); // validates the year
      return evaluateAgencies(
        context.request,
        args.year,
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
        offsetArg(args.offset),
      );
    },
  },
});
