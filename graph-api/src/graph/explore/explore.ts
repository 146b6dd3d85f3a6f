/**
 * Graph exploration for the explorer canvas (explore.graphql): search, node, neighbour counts,
 * paged expansion, subgraph and shortest path. Each operation runs one named query for the
 * structure and loadNodes for the node facets, so every node the canvas gets has the same shape.
 * Arguments arrive checked (types of the model, bounded sizes); the bounds are exported for the
 * resolvers that check them.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { buildSearchQuery } from "./lucene.js";
import { edgeOf, loadNodes, uniqueEdges } from "./load-nodes.js";
import { toNumber } from "./to-text.js";
import type { ExploreDirection, ExploreNeighbourCount, ExploreNode, ExplorePage, ExploreSubgraph } from "./types.js";

type EdgeRow = { source: string; type: string; target: string; props: Record<string, unknown> };

export const SEARCH_DEFAULT = 20;
export const SEARCH_MAX = 100;
export const NODES_BY_TYPE_DEFAULT = 200;
export const NODES_BY_TYPE_MAX = 1000;
export const EXPAND_DEFAULT = 50;
export const SUBGRAPH_MAX_IDS = 2000;
export const PATH_DEFAULT_HOPS = 6;
export const PATH_MAX_HOPS = 10;

/** Nodes matching `text`; `types` (labels of the model) restricts them, null = every type. */
export async function search(
  driver: Driver,
  text: string,
  types: readonly string[] | null = null,
  limit = SEARCH_DEFAULT,
): Promise<ExploreNode[]> {
  const trimmed = text.trim();
  const query = buildSearchQuery(trimmed);
  if (!query) return [];
  const rows = await runQuery<{ id: string }>(driver, "explore/search-entities", {
    id: trimmed,
    query,
    types,
    limit: neo4j.int(limit),
  });
  return loadNodes(
    driver,
    rows.map((r) => r.id),
  );
}

export async function getNode(driver: Driver, id: string): Promise<ExploreNode | null> {
  return (await loadNodes(driver, [id]))[0] ?? null;
}

/** Nodes of one type (a label of the model) by name. */
export async function nodesByType(driver: Driver, type: string, limit = NODES_BY_TYPE_DEFAULT): Promise<ExploreNode[]> {
  const rows = await runQuery<{ id: string }>(driver, "explore/list-nodes-by-type", {
    type,
    limit: neo4j.int(limit),
  });
  return loadNodes(
    driver,
    rows.map((r) => r.id),
  );
}

export async function neighbourCounts(driver: Driver, id: string): Promise<ExploreNeighbourCount[]> {
  const rows = await runQuery<{
    relType: string;
    direction: ExploreDirection;
    count: unknown;
    neighbourTypes: string[];
  }>(driver, "explore/count-neighbours", { id });
  return rows.map((r) => ({
    relType: r.relType,
    direction: r.direction,
    count: toNumber(r.count) ?? 0,
    neighbourTypes: [...r.neighbourTypes].sort(),
  }));
}

export interface ExpandArgs {
  id: string;
  /** Relationship types of the model to follow. */
  relTypes: string[];
  /** null = both directions. */
  direction: ExploreDirection | null;
  limit: number;
  offset: number;
}

export async function expand(driver: Driver, args: ExpandArgs): Promise<ExplorePage> {
  const { limit, offset } = args;
  const rows = await runQuery<{ total: unknown; ids: string[]; edges: EdgeRow[] }>(
    driver,
    "explore/expand-neighbours",
    {
      id: args.id,
      relTypes: args.relTypes,
      direction: args.direction,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
  );
  const row = rows[0];
  if (!row) return { nodes: [], edges: [], total: 0, nextOffset: null };
  const total = toNumber(row.total) ?? 0;
  const nodes = await loadNodes(driver, row.ids);
  return {
    nodes,
    edges: uniqueEdges(row.edges.map(edgeOf)),
    total,
    nextOffset: offset + limit < total ? offset + limit : null,
  };
}

export async function subgraph(driver: Driver, ids: readonly string[]): Promise<ExploreSubgraph> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { nodes: [], edges: [] };
  const [nodes, rows] = await Promise.all([
    loadNodes(driver, unique),
    runQuery<EdgeRow>(driver, "explore/get-subgraph-edges", { ids: unique }),
  ]);
  return { nodes, edges: uniqueEdges(rows.map(edgeOf)) };
}

export async function shortestPath(
  driver: Driver,
  fromId: string,
  toId: string,
  maxHops = PATH_DEFAULT_HOPS,
): Promise<ExploreSubgraph> {
  if (fromId === toId) {
    const node = await getNode(driver, fromId);
    return { nodes: node ? [node] : [], edges: [] };
  }
  const rows = await runQuery<{ ids: string[]; edges: EdgeRow[] }>(driver, "explore/find-shortest-path", {
    fromId,
    toId,
    maxHops: neo4j.int(maxHops),
  });
  const row = rows[0];
  if (!row) return { nodes: [], edges: [] };
  return { nodes: await loadNodes(driver, row.ids), edges: uniqueEdges(row.edges.map(edgeOf)) };
}
