/**
 * Load nodes by id with their facets (cypher/queries/explore/get-nodes.cypher) and map them to
 * ExploreNode. Private and derived properties never leave this module: a broker's phone and
 * e-mail, and the pinyinInitials search key.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { toNumber, toText } from "./to-text.js";
import type { ExploreEdge, ExploreNode, ExploreProperty } from "./types.js";

/** Properties not exposed by the explore API (top-level fields or private). */
export const HIDDEN_PROPERTIES = new Set(["id", "name", "nameEn", "pinyinInitials", "phone", "email"]);

interface NodeRow {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  props: Record<string, unknown>;
  degree: unknown;
  districtId: string | null;
  districtName: string | null;
  inChengdu: boolean | null;
  chainIds: string[];
  year: unknown;
  amount: unknown;
}

/** Public properties as sorted key/value pairs. */
export function publicProperties(props: Record<string, unknown>): ExploreProperty[] {
  return Object.keys(props)
    .filter((k) => !HIDDEN_PROPERTIES.has(k) && props[k] !== null && props[k] !== undefined)
    .sort()
    .map((key) => ({ key, value: toText(props[key]) }));
}

export async function loadNodes(rq: RequestContext, ids: readonly string[]): Promise<ExploreNode[]> {
  if (ids.length === 0) return [];
  const rows = await runQuery<NodeRow>(rq, "explore/get-nodes", { ids: [...new Set(ids)] });
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    name: r.name,
    nameEn: r.nameEn ?? null,
    properties: publicProperties(r.props),
    degree: toNumber(r.degree) ?? 0,
    districtId: r.districtId ?? null,
    districtName: r.districtName ?? null,
    inChengdu: r.inChengdu ?? null,
    chainIds: r.chainIds ?? [],
    year: toNumber(r.year),
    amount: toNumber(r.amount),
  }));
}

/** A relationship record from Cypher ({source, type, target, props}) → ExploreEdge. */
export function edgeOf(r: {
  source: string;
  type: string;
  target: string;
  props: Record<string, unknown>;
}): ExploreEdge {
  return {
    id: `${r.source}|${r.type}|${r.target}`,
    type: r.type,
    source: r.source,
    target: r.target,
    properties: publicProperties(r.props),
  };
}

/** Drop duplicate edges (same id), keeping the first. */
export function uniqueEdges(edges: ExploreEdge[]): ExploreEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}
