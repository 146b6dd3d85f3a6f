/** Query.conversionRate: on-site conversion rate (在蓉转化率) by count and amount (public). */
import { getConversionRate, type ConversionGroupBy } from "../graph/conversion/conversion.js";
import { pageLimit, toPeriod, perRequest } from "../graph/shared/period.js";
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
        toPeriod(args.period),
        args.groupBy ?? "SELLER_DISTRICT",
        pageLimit(args.limit, config),
        perRequest(config),
      ),
  },
});
