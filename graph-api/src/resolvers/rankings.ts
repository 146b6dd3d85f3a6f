/** Query.topBrokers, topAgencies, topCases: the 十佳 rankings of a year (public, no contact fields). */
import { topAgencies, topBrokers, topCases } from "../graph/rankings/rankings.js";
import { pageLimit, yearPeriod, perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

type Args = { year: number; limit?: number | null };

export const rankingsResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    topBrokers: (_p: unknown, args: Args) =>
      topBrokers(driver, yearPeriod(args.year), pageLimit(args.limit ?? 10, config), perRequest(config)),
    topAgencies: (_p: unknown, args: Args) =>
      topAgencies(driver, yearPeriod(args.year), pageLimit(args.limit ?? 10, config), perRequest(config)),
    topCases: (_p: unknown, args: Args) =>
      topCases(driver, yearPeriod(args.year), pageLimit(args.limit ?? 10, config), perRequest(config)),
  },
});
