/** Query.conversionRate and Query.conversionTrend: on-site conversion rate (在蓉转化率), public. */
import { getConversionRate, type ConversionGroupBy } from "../graph/conversion/conversion.js";
import { getConversionTrend, MAX_TREND_YEARS } from "../graph/conversion/conversion-trend.js";
import { configuredPageSize, pageSizeArg, periodArg, yearRangeArg } from "./args/index.js";
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

export const conversionRateResolvers: ResolverModule = ({ config }) => ({
  Query: {
    conversionRate: (_parent: unknown, args: Args, context) =>
      getConversionRate(
        context.request,
        periodArg(args.period, "period"),
        args.groupBy ?? "SELLER_DISTRICT",
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
      ),
    conversionTrend: (_parent: unknown, args: TrendArgs, context) =>
      getConversionTrend(
        context.request,
        yearRangeArg(args.fromYear, args.toYear, MAX_TREND_YEARS),
        args.groupBy ?? "NONE",
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
      ),
  },
});
