/**
 * What the stored analytics hold and what the runner is doing (`analyticsStatus`): the current
 * graph version, the run in progress (any process) with its phase, and every stored period.
 */
import { runQuery } from "../../db/run-query.js";
import { STORE_FORMAT } from "./analytics-store.js";
import type { NetworkContext } from "../network/evaluate-network.js";

export async function analyticsStatus(ctx: NetworkContext) {
  const [version, lock, periods] = await Promise.all([
    ctx.analytics.graphVersion(),
    ctx.analytics.lock(),
    runQuery(ctx.driver, "analytics/list-network-periods", { format: STORE_FORMAT }, { database: ctx.database }),
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
