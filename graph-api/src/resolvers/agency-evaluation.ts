/** Query.agencyEvaluation: agency performance of a year against the previous one (public). */
import { evaluateAgencies } from "../graph/rankings/agency-evaluation.js";
import { configuredPageSize, offsetArg, pageSizeArg, yearInput, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

type Args = { period?: DatePeriodInput | null; year?: number | null; limit?: number | null; offset?: number | null };

export const agencyEvaluationResolvers: ResolverModule = ({ config }) => ({
  Query: {
    agencyEvaluation: (_p: unknown, args: Args, context) => {
      return evaluateAgencies(
        context.request,
        yearInput(args.period, args.year),
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
        offsetArg(args.offset),
      );
    },
  },
});
