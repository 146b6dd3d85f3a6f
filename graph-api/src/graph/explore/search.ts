/**
 * Search over every node (explore.graphql `search`, `searchPage`): one page of hits in relevance
 * order with the types taken in turns (cypher/queries/explore/search-entities.cypher), and how
 * many nodes of each type match (count-search-hits.cypher), both bounded (SEARCH_SCAN_CAP hits
 * read, SEARCH_RANK_CAP ranked) so a one-character search of a city-scale graph stays a query of
 * well under a second.
 */
import neo4j from "neo4j-driver";
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { buildSearchQuery } from "./lucene.js";
import { loadNodes } from "./load-nodes.js";
import { toNumber } from "./to-text.js";
import type { ExploreNode, ExploreSearchPage } from "./types.js";

export const SEARCH_DEFAULT = 20;
export const SEARCH_MAX = 100;
/** Full-text hits read at most per search (counted, and filtered by type). */
export const SEARCH_SCAN_CAP = 100_000;
/** Hits of the wanted types ranked at most (the best by full-text score); pages end there. */
export const SEARCH_RANK_CAP = 5_000;
/** Highest offset accepted: the last page of the ranked hits. */
export const SEARCH_MAX_OFFSET = SEARCH_RANK_CAP;

/** A checked search request (graph-api/src/resolvers/args). */
export interface SearchInput {
  text: string;
  /** Labels of the model to keep; null = every type. */
  types: readonly string[] | null;
  limit: number;
  offset: number;
}

function prepare(input: SearchInput) {
  const trimmed = input.text.trim();
  return { ...input, trimmed, query: buildSearchQuery(trimmed) };
}

async function pageIds(rq: RequestContext, p: ReturnType<typeof prepare> & { query: string }): Promise<ExploreNode[]> {
  const rows = await runQuery<{ id: string }>(rq, "explore/search-entities", {
    id: p.trimmed,
    text: p.trimmed,
    query: p.query,
    types: p.types,
    scanCap: neo4j.int(SEARCH_SCAN_CAP),
    rankCap: neo4j.int(SEARCH_RANK_CAP),
    offset: neo4j.int(p.offset),
    limit: neo4j.int(p.limit),
  });
  return loadNodes(
    rq,
    rows.map((r) => r.id),
  );
}

/** The first `limit` hits (the list-only form kept for pickers and other systems). */
export async function search(rq: RequestContext, input: Omit<SearchInput, "offset">): Promise<ExploreNode[]> {
  const p = prepare({ ...input, offset: 0 });
  return p.query ? pageIds(rq, { ...p, query: p.query }) : [];
}

/** One page of hits with the total and the count per type. */
export async function searchPage(rq: RequestContext, input: SearchInput): Promise<ExploreSearchPage> {
  const p = prepare(input);
  if (!p.query) return { nodes: [], total: 0, totalCapped: false, typeCounts: [], ranked: 0, nextOffset: null };
  const query = p.query;
  const [nodes, counts] = await Promise.all([
    pageIds(rq, { ...p, query }),
    runQuery<{ type: string; count: unknown }>(rq, "explore/count-search-hits", {
      id: p.trimmed,
      query,
      cap: neo4j.int(SEARCH_SCAN_CAP),
    }),
  ]);
  const typeCounts = counts.map((r) => ({ type: r.type, count: toNumber(r.count) ?? 0 }));
  const all = typeCounts.reduce((a, c) => a + c.count, 0);
  const wanted = p.types ? typeCounts.filter((c) => p.types!.includes(c.type)) : typeCounts;
  const total = wanted.reduce((a, c) => a + c.count, 0);
  const ranked = Math.min(total, SEARCH_RANK_CAP);
  const end = p.offset + p.limit;
  return {
    nodes,
    total,
    // the scan stopped at its cap (plus at most one exact id match): there may be more
    totalCapped: all >= SEARCH_SCAN_CAP,
    typeCounts,
    ranked,
    nextOffset: nodes.length === p.limit && end < ranked ? end : null,
  };
}
