/** Query.kpiProgress: plan KPIs against the configured targets (public). */
import { getKpiProgress } from "../graph/kpi/kpi.js";
import { loadKpiTargets } from "../graph/kpi/kpi-targets.js";
import { periodArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const kpiProgressResolvers: ResolverModule = ({ config }) => ({
  Query: {
    kpiProgress: (_parent: unknown, args: { window?: { from: unknown; to: unknown } | null }, context) => {
      const targets = loadKpiTargets(config.KPI_TARGETS_FILE);
      return getKpiProgress(
        context.request,
        args.window ? periodArg(args.window, "window") : targets.window,
        targets.targets,
      );
    },
  },
});
