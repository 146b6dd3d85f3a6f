/** Query.topBrokers, topAgencies, topCases: the 十佳 rankings of a year (public, no contact fields). */
import { topAgencies, topBrokers, topCases } from "../graph/rankings/rankings.js";
import { pageSizeArg, yearArg, yearInput, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

type Args = { period?: DatePeriodInput | null; year?: number | null; limit?: number | null };

/** A ranking lists ten by default (十佳). */
const RANKING_SIZE = 10;

export const rankingsResolvers: ResolverModule = ({ config }) => {
  const size = (limit: number | null | undefined) =>
    pageSizeArg(limit, "limit", { default: RANKING_SIZE, max: config.MAX_PAGE_SIZE });
  /** The calendar year ranked, as a period. */
  const year = (args: Args) => yearArg(yearInput(args.period, args.year));
  return {
    Query: {
      topBrokers: (_p: unknown, args: Args, context) => topBrokers(context.request, year(args), size(args.limit)),
      topAgencies: (_p: unknown, args: Args, context) => topAgencies(context.request, year(args), size(args.limit)),
      topCases: (_p: unknown, args: Args, context) => topCases(context.request, year(args), size(args.limit)),
    },
  };
};
