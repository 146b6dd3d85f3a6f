/** Query.conversionRate and Query.conversionTrend: on-site conversion rate (在蓉转化率), public. */
import { getConversionRate, type ConversionGroupBy } from "../graph/conversion/conversion.js";
import { getConversionTrend, trendYears } from "../graph/conversion/conversion-trend.js";
import { pageLimit, toPeriod, perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: { from: unknown; to: unknown };
  groupBy?: ConversionGroupBy | null;
  limit?: number | null;
}

interface TrendArgs {
  fromYear: number;
  toYear: number;
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
    conversionTrend: (_parent: unknown, args: TrendArgs) =>
      getConversionTrend(
        driver,
        trendYears(args.fromYear, args.toYear),
        args.groupBy ?? "NONE",
        pageLimit(args.limit, config),
        perRequest(config),
      ),
  },
});
