/** Query.kpiProgress: plan KPIs against the configured targets (public). */
import { getKpiProgress } from "../graph/kpi/kpi.js";
import { loadKpiTargets } from "../graph/kpi/kpi-targets.js";
import { badUserInput, closedPeriodInput, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const kpiProgressResolvers: ResolverModule = ({ config }) => ({
  Query: {
    kpiProgress: (
      _parent: unknown,
      args: { period?: DatePeriodInput | null; window?: DatePeriodInput | null },
      context,
    ) => {
      if (args.period && args.window)
        throw badUserInput("period", "give either period or the deprecated window, not both");
      const targets = loadKpiTargets(config.KPI_TARGETS_FILE);
      const given = args.period
        ? closedPeriodInput(args.period)
        : args.window
          ? closedPeriodInput(args.window, "window")
          : null;
      return getKpiProgress(context.request, given ?? targets.window, targets.targets);
    },
  },
});
