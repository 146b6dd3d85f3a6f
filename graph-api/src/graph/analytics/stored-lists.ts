/**
 * Reading the precomputed gap lists (gap-lists.ts) for the current graph version: null when the
 * version's run has not stored them (the caller then answers with the live query and a run is
 * started in a worker thread).
 */
import neo4j from "neo4j-driver";
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
  const row = await currentSlotRow<{ lists: { name: string; list: ListArrays }[] }>(
    ctx,
    period,
    "analytics/get-lists",
    {
      names: [...new Set(names)],
    },
  );
  return row && new Map(row.lists.map((l) => [l.name, l.list]));
}

/**
 * The row a query of the period's newest slot (params: $period, $version, $format and `params`)
 * returns when that slot is the current graph version's; else null, and a run is started.
 */
async function currentSlotRow<T>(
  ctx: StoredListContext,
  period: Period,
  query: string,
  params: Record<string, unknown>,
): Promise<T | null> {
  const version = await ctx.analytics.graphVersion(ctx);
  const [row] = await runQuery<T & { graphVersion: number } & Record<string, unknown>>(ctx, query, {
    period: periodKey(period),
    version,
    format: STORE_FORMAT,
    ...params,
  });
  if (row && row.graphVersion === version) return row;
  void ctx.analytics.trigger();
  return null;
}

/** Columns of a list: per row; an offsets column into per-item columns (see get-list-head.cypher). */
export interface ListColumns {
  rows: readonly string[];
  start: string;
  items: readonly string[];
}

/**
 * The first `limit` rows of one list (its row columns, offsets and the items of those rows), as
 * storedList answers it but without reading the rest: null when the version's run has not stored
 * the period (a run is started), undefined when the period has no such list.
 */
export async function storedListHead(
  ctx: StoredListContext,
  period: Period,
  name: string,
  limit: number,
  columns: ListColumns,
): Promise<ListArrays | null | undefined> {
  const row = await currentSlotRow<{ found: boolean; rows: unknown[][]; start: unknown[]; items: unknown[][] }>(
    ctx,
    period,
    "analytics/get-list-head",
    { name, limit: neo4j.int(limit), rows: columns.rows, start: columns.start, items: columns.items },
  );
  if (!row) return null;
  if (!row.found) {
    void ctx.analytics.trigger(); // as storedList does for a list the stored period lacks
    return undefined;
  }
  const list: ListArrays = { [columns.start]: row.start };
  columns.rows.forEach((k, i) => (list[k] = row.rows[i] ?? []));
  columns.items.forEach((k, i) => (list[k] = row.items[i] ?? []));
  return list;
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
