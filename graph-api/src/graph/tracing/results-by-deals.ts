/**
 * Results for the journey picker, busiest first (tracing.graphql `resultsByDeals`): without text,
 * every result some deal transfers; with text, the results whose name matches it (the explorer
 * search's Lucene query, one CJK character included). Each with its deals and how many of those
 * went to a buyer in Chengdu.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { buildSearchQuery } from "../explore/lucene.js";
import { SEARCH_SCAN_CAP } from "../explore/search.js";
import { toNumber } from "../explore/to-text.js";
import { cypherInt } from "../common/period.js";

export interface ResultDeals {
  id: string;
  name: string;
  year: number | null;
  deals: number;
  inChengduDeals: number;
}

export interface ResultDealsPage {
  total: number;
  items: ResultDeals[];
  nextOffset: number | null;
}

/** A checked request (graph-api/src/resolvers/args). */
export interface ResultsByDealsArgs {
  text: string | null;
  limit: number;
  offset: number;
}

export async function resultsByDeals(rq: RequestContext, args: ResultsByDealsArgs): Promise<ResultDealsPage> {
  const { limit, offset } = args;
  const text = args.text?.trim() ?? "";
  const query = text ? buildSearchQuery(text) : null;
  if (text && !query) return { total: 0, items: [], nextOffset: null };
  const [row] = await runQuery<{ total: unknown; items: Record<string, unknown>[] }>(
    rq,
    "tracing/list-results-by-deals",
    { query, scanCap: cypherInt(SEARCH_SCAN_CAP), offset: cypherInt(offset), limit: cypherInt(limit) },
  );
  const total = toNumber(row?.total) ?? 0;
  const items = (row?.items ?? []).map((x) => ({
    id: String(x.id),
    name: String(x.name),
    year: toNumber(x.year),
    deals: toNumber(x.deals) ?? 0,
    inChengduDeals: toNumber(x.inChengduDeals) ?? 0,
  }));
  return { total, items, nextOffset: offset + limit < total ? offset + limit : null };
}
