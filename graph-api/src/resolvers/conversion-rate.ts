/** Query.conversionRate and Query.conversionTrend: on-site conversion rate (在蓉转化率), public. */
import { getConversionRate, type ConversionGroupBy } from "../graph/conversion/conversion.js";
import { getConversionTrend, MAX_TREND_YEARS } from "../graph/conversion/conversion-trend.js";
import { closedPeriodInput, configuredPageSize, pageSizeArg, yearsInput, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: DatePeriodInput;
  groupBy?: ConversionGroupBy | null;
  limit?: number | null;
}

interface TrendArgs {
  period?: DatePeriodInput | null;
  fromYear?: number | null;
  toYear?: number | null;
  groupBy?: ConversionGroupBy | null;
  limit?: number | null;
}

export const conversionRateResolvers: ResolverModule = ({ config }) => ({
  Query: {
    conversionRate: (_parent: unknown, args: Args, context) =>
      getConversionRate(
        context.request,
        closedPeriodInput(args.period),
        args.groupBy ?? "SELLER_DISTRICT",
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
      ),
    conversionTrend: (_parent: unknown, args: TrendArgs, context) =>
      getConversionTrend(
        context.request,
        yearsInput(args.period, args, MAX_TREND_YEARS),
        args.groupBy ?? "NONE",
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
      ),
  },
});
