/**
 * Graph exploration for the explorer canvas (explore.graphql): search, node, neighbour counts,
 * paged expansion, subgraph and shortest path. Each operation runs one named query for the
 * structure and loadNodes for the node facets, so every node the canvas gets has the same shape.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { loadCypher } from "../../db/cypher.js";
import { runCypher, runQuery } from "../../db/run-query.js";
import { badInput, intArg, nodeTypeArg, nodeTypesArg, relTypesArg } from "./args.js";
import { buildSearchQuery } from "./lucene.js";
import { edgeOf, loadNodes, uniqueEdges } from "./load-nodes.js";
import { toNumber } from "./to-text.js";
import type { ExploreDirection, ExploreNeighbourCount, ExploreNode, ExplorePage, ExploreSubgraph } from "./types.js";

type EdgeRow = { source: string; type: string; target: string; props: Record<string, unknown> };

export const SEARCH_DEFAULT = 20;
export const SEARCH_MAX = 100;
export const SUBGRAPH_MAX_IDS = 2000;
export const PATH_DEFAULT_HOPS = 6;
export const PATH_MAX_HOPS = 10;
export const NODES_BY_TYPE_DEFAULT = 200;
export const NODES_BY_TYPE_MAX = 1000;

export async function search(
  driver: Driver,
  text: string,
  types?: readonly string[] | null,
  limit?: number | null,
): Promise<ExploreNode[]> {
  const n = intArg(limit, "limit", SEARCH_DEFAULT, SEARCH_MAX);
  const wanted = nodeTypesArg(types);
  const trimmed = text.trim();
  const query = buildSearchQuery(trimmed);
  if (!query) return [];
  const rows = await runQuery<{ id: string }>(driver, "explore/search-entities", {
    id: trimmed,
    query,
    types: wanted,
    limit: neo4j.int(n),
  });
  return loadNodes(
    driver,
    rows.map((r) => r.id),
  );
}

export async function getNode(driver: Driver, id: string): Promise<ExploreNode | null> {
  return (await loadNodes(driver, [id]))[0] ?? null;
}

export async function nodesByType(driver: Driver, type: string, limit?: number | null): Promise<ExploreNode[]> {
  const rows = await runQuery<{ id: string }>(driver, "explore/list-nodes-by-type", {
    type: nodeTypeArg(type),
    limit: neo4j.int(intArg(limit, "limit", NODES_BY_TYPE_DEFAULT, NODES_BY_TYPE_MAX)),
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
  relType?: string | null;
  direction?: ExploreDirection | null;
  limit?: number | null;
  offset?: number | null;
}

export async function expand(driver: Driver, args: ExpandArgs, maxPage: number): Promise<ExplorePage> {
  const limit = intArg(args.limit, "limit", Math.min(50, maxPage), maxPage);
  const offset = intArg(args.offset, "offset", 0, 10_000_000, 0);
  const rows = await runQuery<{ total: unknown; ids: string[]; edges: EdgeRow[] }>(
    driver,
    "explore/expand-neighbours",
    {
      id: args.id,
      relTypes: relTypesArg(args.relType),
      direction: args.direction ?? null,
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
  if (ids.length > SUBGRAPH_MAX_IDS) throw badInput(`subgraph takes at most ${SUBGRAPH_MAX_IDS} ids`);
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
  maxHops?: number | null,
): Promise<ExploreSubgraph> {
  const hops = intArg(maxHops, "maxHops", PATH_DEFAULT_HOPS, PATH_MAX_HOPS);
  if (fromId === toId) {
    const node = await getNode(driver, fromId);
    return { nodes: node ? [node] : [], edges: [] };
  }
  // the search is bounded by maxHops (see the statement's header): a short search stops early
  const cypher = loadCypher("explore/find-shortest-path").replace("[*..10]", `[*..${hops}]`);
  const rows = await runCypher<{ ids: string[]; edges: EdgeRow[] }>(driver, "explore/find-shortest-path", cypher, {
    fromId,
    toId,
    maxHops: neo4j.int(hops),
  });
  const row = rows[0];
  if (!row) return { nodes: [], edges: [] };
  return { nodes: await loadNodes(driver, row.ids), edges: uniqueEdges(row.edges.map(edgeOf)) };
}
