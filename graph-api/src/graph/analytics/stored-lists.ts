/**
 * Reading the precomputed gap lists (gap-lists.ts) for the current graph version: null when the
 * version's run has not stored them (the caller then answers with the live query and a run is
 * started in a worker thread).
 */
import { runQuery } from "../../db/run-query.js";
import type { Period } from "../network/network-service.js";
import type { AnalyticsRequest } from "../common/analytics-request.js";
import { periodKey, STORE_FORMAT } from "./analytics-store.js";
import type { ListArrays } from "./gap-lists.js";

export type StoredListContext = AnalyticsRequest;

/** True for the periods every run stores: all dates and calendar years. */
export function isStandardPeriod(p: Period): boolean {
  return (
    (p.from === null && p.to === null) ||
    (p.from !== null && p.to !== null && /-01-01$/.test(p.from) && p.to === `${p.from.slice(0, 4)}-12-31`)
  );
}

/** One list of the current graph version's slot of a period (see storedLists); a run is started without it. */
export async function storedList(ctx: StoredListContext, period: Period, name: string): Promise<ListArrays | null> {
  const lists = await storedLists(ctx, period, [name]);
  const list = lists?.get(name) ?? null;
  if (lists && !list) void ctx.analytics.trigger();
  return list;
}

/**
 * Several lists of the current graph version's slot of a period, by name (lists it does not hold
 * are absent), or null when the version's run has not stored the period (then a run is started).
 */
export async function storedLists(
  ctx: StoredListContext,
  period: Period,
  names: readonly string[],
): Promise<Map<string, ListArrays> | null> {
  const version = await ctx.analytics.graphVersion(ctx);
  const [row] = await runQuery<{ graphVersion: number; lists: { name: string; list: ListArrays }[] }>(
    ctx,
    "analytics/get-lists",
    { period: periodKey(period), version, format: STORE_FORMAT, names: [...new Set(names)] },
  );
  if (row && row.graphVersion === version) return new Map(row.lists.map((l) => [l.name, l.list]));
  void ctx.analytics.trigger();
  return null;
}

export async function namesOf(
  ctx: StoredListContext,
  ids: Iterable<string>,
): Promise<Map<string, { name: string; ecosystem: string | null }>> {
  const rows = await runQuery<{ id: string; name: string; ecosystem: string | null }>(ctx, "analytics/list-names", {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((r) => [r.id, { name: r.name, ecosystem: r.ecosystem }]));
}
