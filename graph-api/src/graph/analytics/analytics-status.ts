/**
 * What the stored analytics hold and what the runner is doing (`analyticsStatus`): the current
 * graph version, the run in progress (any process) with its phase, and every stored period.
 */
import { runQuery } from "../../db/run-query.js";
import type { AnalyticsRequest } from "../common/analytics-request.js";
import { STORE_FORMAT } from "./analytics-store.js";

export async function analyticsStatus(ctx: AnalyticsRequest) {
  const [version, lock, periods] = await Promise.all([
    ctx.analytics.graphVersion(ctx),
    ctx.analytics.lock(ctx),
    runQuery(ctx, "analytics/list-network-periods", { format: STORE_FORMAT }),
  ]);
  return {
    graphVersion: version,
    running: lock.running,
    progress: lock.running
      ? { phase: lock.phase ?? "", done: lock.done ?? 0, total: lock.total ?? 0, startedAt: lock.startedAt }
      : null,
    lastOutcome: lock.lastOutcome,
    finishedAt: lock.finishedAt,
    runs: lock.runs,
    periods,
  };
}
