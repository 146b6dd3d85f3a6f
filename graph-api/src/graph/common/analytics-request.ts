/**
 * A request that reads the stored analytics (network evaluation, gap lists, partner suggestions):
 * the request context — database, timeout, roles — and the process's AnalyticsService, which
 * starts a run when the current graph version has no results yet.
 */
import type { RequestContext } from "../../db/request-context.js";
import type { AnalyticsService } from "../analytics/analytics-service.js";

export interface AnalyticsRequest extends RequestContext {
  readonly analytics: AnalyticsService;
}
