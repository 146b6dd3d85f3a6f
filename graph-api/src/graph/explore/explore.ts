/**
 * Graph exploration for the explorer canvas (explore.graphql): search, node, neighbour counts,
 * paged expansion, subgraph and shortest path. Each operation runs one named query for the
 * structure and loadNodes for the node facets, so every node the canvas gets has the same shape.
 * Arguments arrive checked (graph-api/src/resolvers/args): ids, known type names, bounded numbers.
 */
import neo4j from "neo4j-driver";
import type { RequestContext } from "../../db/request-context.js";
import { loadCypher } from "../../db/cypher.js";
import { runCypher, runQuery } from "../../db/run-query.js";
import { edgeOf, loadNodes, uniqueEdges } from "./load-nodes.js";
import { toNumber } from "./to-text.js";
import type {
  ExploreDirection,
  ExploreNeighbourCount,
  ExploreNeighbourGroup,
  ExploreNode,
  ExplorePage,
  ExploreSubgraph,
  ExploreYearCount,
} from "./types.js";

type EdgeRow = { source: string; type: string; target: string; props: Record<string, unknown> };

export const SUBGRAPH_MAX_IDS = 2000;
export const PATH_DEFAULT_HOPS = 6;
export const PATH_MAX_HOPS = 10;
export const NODES_BY_TYPE_DEFAULT = 200;
export const NODES_BY_TYPE_MAX = 1000;
export const EXPAND_DEFAULT = 50;
/** Deepest offset of an expand page. */
export const EXPAND_MAX_OFFSET = 10_000_000;
/** Smallest and largest `groupAbove` an expand accepts. */
export const GROUP_ABOVE_MIN = 1;
export const GROUP_ABOVE_MAX = 10_000;

export { search, searchPage } from "./search.js";

export async function getNode(rq: RequestContext, id: string): Promise<ExploreNode | null> {
  return (await loadNodes(rq, [id]))[0] ?? null;
}

/** Up to `limit` nodes of one type (a label of the model). */
export async function nodesByType(rq: RequestContext, type: string, limit: number): Promise<ExploreNode[]> {
  const rows = await runQuery<{ id: string }>(rq, "explore/list-nodes-by-type", { type, limit: neo4j.int(limit) });
  return loadNodes(
    rq,
    rows.map((r) => r.id),
  );
}

export async function neighbourCounts(rq: RequestContext, id: string): Promise<ExploreNeighbourCount[]> {
  const rows = await runQuery<{
    relType: string;
    direction: ExploreDirection;
    count: unknown;
    byType: { type: string; count: unknown }[];
  }>(rq, "explore/count-neighbours", { id });
  return rows.map((r) => {
    const byType = r.byType.map((t) => ({ type: t.type, count: toNumber(t.count) ?? 0 }));
    return {
      relType: r.relType,
      direction: r.direction,
      count: toNumber(r.count) ?? 0,
      neighbourTypes: byType.map((t) => t.type).sort(),
      byType,
    };
  });
}

export interface ExpandArgs {
  id: string;
  /** Relationship types of the model to follow. */
  relTypes: string[];
  /** null = both directions. */
  direction: ExploreDirection | null;
  /** Only neighbours of this type (a label of the model); null = any. */
  neighbourType: string | null;
  /** Only neighbours dated in this year; null = any. */
  year: number | null;
  /** Groups of more than this many neighbours are counted, not paged; null = no groups. */
  groupAbove: number | null;
  limit: number;
  offset: number;
}

export async function expand(rq: RequestContext, args: ExpandArgs): Promise<ExplorePage> {
  const { limit, offset, year, groupAbove } = args;
  const rows = await runQuery<{
    total: unknown;
    ids: string[];
    edges: EdgeRow[];
    groups: (Omit<ExploreNeighbourGroup, "count"> & { count: unknown })[];
  }>(rq, "explore/expand-neighbours", {
    id: args.id,
    relTypes: args.relTypes,
    direction: args.direction,
    neighbourType: args.neighbourType,
    year: year === null ? null : neo4j.int(year),
    groupAbove: groupAbove === null ? null : neo4j.int(groupAbove),
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  const row = rows[0];
  if (!row) return { nodes: [], edges: [], total: 0, nextOffset: null, groups: [] };
  const total = toNumber(row.total) ?? 0;
  const nodes = await loadNodes(rq, row.ids);
  const groups = row.groups
    .map((g) => ({ ...g, count: toNumber(g.count) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.relType.localeCompare(b.relType));
  return {
    nodes,
    edges: uniqueEdges(row.edges.map(edgeOf)),
    total,
    nextOffset: offset + limit < total ? offset + limit : null,
    groups,
  };
}

export interface NeighbourYearsArgs {
  id: string;
  /** A relationship type of the model. */
  relType: string;
  direction: ExploreDirection;
  neighbourType: string;
}

/** How many neighbours of one group (relationship type, direction, neighbour type) fall in each year. */
export async function neighbourYears(rq: RequestContext, args: NeighbourYearsArgs): Promise<ExploreYearCount[]> {
  const rows = await runQuery<{ year: unknown; count: unknown }>(rq, "explore/count-neighbour-years", {
    id: args.id,
    relType: args.relType,
    direction: args.direction,
    neighbourType: args.neighbourType,
  });
  return rows.map((r) => ({ year: toNumber(r.year), count: toNumber(r.count) ?? 0 }));
}

/** The nodes with these ids (at most SUBGRAPH_MAX_IDS) and the relationships among them. */
export async function subgraph(rq: RequestContext, ids: readonly string[]): Promise<ExploreSubgraph> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { nodes: [], edges: [] };
  const [nodes, rows] = await Promise.all([
    loadNodes(rq, unique),
    runQuery<EdgeRow>(rq, "explore/get-subgraph-edges", { ids: unique }),
  ]);
  return { nodes, edges: uniqueEdges(rows.map(edgeOf)) };
}

export async function shortestPath(
  rq: RequestContext,
  fromId: string,
  toId: string,
  hops: number,
): Promise<ExploreSubgraph> {
  if (fromId === toId) {
    const node = await getNode(rq, fromId);
    return { nodes: node ? [node] : [], edges: [] };
  }
  // the search is bounded by maxHops (see the statement's header): a short search stops early
  const cypher = loadCypher("explore/find-shortest-path").replace("[*..10]", `[*..${hops}]`);
  const rows = await runCypher<{ ids: string[]; edges: EdgeRow[] }>(rq, "explore/find-shortest-path", cypher, {
    fromId,
    toId,
    maxHops: neo4j.int(hops),
  });
  const row = rows[0];
  if (!row) return { nodes: [], edges: [] };
  return { nodes: await loadNodes(rq, row.ids), edges: uniqueEdges(row.edges.map(edgeOf)) };
}
