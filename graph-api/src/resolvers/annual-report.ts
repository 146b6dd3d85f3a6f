/**
 * Query.annualReport: the annual white paper of a year as data (public; the gap chains only for
 * the alliance role).
 */
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { buildAnnualReport } from "../graph/report/annual-report.js";
import { loadKpiTargets } from "../graph/kpi/kpi-targets.js";
import { yearInput, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const annualReportResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    annualReport: (_parent: unknown, args: { period?: DatePeriodInput | null; year?: number | null }, context) => {
      return buildAnnualReport(context.request, yearInput(args.period, args.year), {
        kpiTargets: loadKpiTargets(config.KPI_TARGETS_FILE),
        analytics: analyticsService(driver, config),
      });
    },
  },
});
