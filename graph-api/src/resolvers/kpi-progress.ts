/** Query.kpiProgress: plan KPIs against the configured targets (public). */
import { getKpiProgress } from "../graph/kpi/kpi.js";
import { loadKpiTargets } from "../graph/kpi/kpi-targets.js";
import { optionalClosedPeriodInput, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const kpiProgressResolvers: ResolverModule = ({ config }) => ({
  Query: {
    kpiProgress: (
      _parent: unknown,
      args: { period?: DatePeriodInput | null; window?: DatePeriodInput | null },
      context,
    ) => {
      const given = optionalClosedPeriodInput(args.period, "window", args.window);
      const targets = loadKpiTargets(config.KPI_TARGETS_FILE);
      return getKpiProgress(context.request, given ?? targets.window, targets.targets);
    },
  },
});
