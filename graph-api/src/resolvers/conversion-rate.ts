/** Query.conversionRate: on-site conversion rate (在蓉转化率) by count and amount (public). */
import { getConversionRate, type ConversionGroupBy } from "../graph/conversion/conversion.js";
import { perRequest } from "../graph/shared/period.js";
import { configuredPageSize, pageSizeArg, periodArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: { from: unknown; to: unknown };
  groupBy?: ConversionGroupBy | null;
  limit?: number | null;
}

export const conversionRateResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    conversionRate: (_parent: unknown, args: Args) =>
      getConversionRate(
        driver,
        periodArg(args.period, "period"),
        args.groupBy ?? "SELLER_DISTRICT",
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
        perRequest(config),
      ),
  },
});
