/**
 * The graph version: every import and GraphQL mutation bumps (:TTGraphMeta {key:'graph'}).version,
 * and an import marks the graph as changing while it writes. Whatever is computed from the graph —
 * the stored analytics, the per-process cache of live queries below — is keyed by this version,
 * so several stateless API processes each see a change on their next read.
 */
import type { Driver } from "neo4j-driver";
import { isRequestContext, type RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { VersionedCache } from "./versioned-cache.js";

export interface GraphState {
  /** 0 when nothing recorded a version yet. */
  version: number;
  /** True while an import writes, or after one was interrupted: nothing computed may be kept then. */
  changing: boolean;
}

type Row = { version: number; changing: boolean };

/**
 * The graph version and whether an import has marked the graph as changing: within a request
 * (its database and timeout), or for a background job on a driver and database of its own.
 */
export async function graphState(on: RequestContext | Driver, database?: string): Promise<GraphState> {
  const rows = isRequestContext(on)
    ? await runQuery<Row>(on, "network/get-graph-version")
    : await runQuery<Row>(on, "network/get-graph-version", {}, { database });
  return { version: Number(rows[0]?.version ?? 0), changing: rows[0]?.changing === true };
}

export async function graphVersion(on: RequestContext | Driver, database?: string): Promise<number> {
  return (await graphState(on, database)).version;
}

/**
 * The per-process cache of live query results (partner and member gaps for periods or graph
 * versions the analytics run has not stored), valid for one graph version and bypassed while the
 * graph is changing. The version is read within the asking request.
 */
export class GraphVersionCache {
  private readonly rows = new VersionedCache<unknown>(32);

  /** The rows `load` returns, cached under `key` for the current graph version. */
  async cached<T>(rq: RequestContext, key: string, load: () => Promise<T>): Promise<T> {
    const { version, changing } = await graphState(rq);
    if (changing) return load();
    return (await this.rows.get(version, key, load)).value as T;
  }
}

const caches = new WeakMap<Driver, GraphVersionCache>();

/** The one cache per driver (and so per process). */
export function graphVersionCache(driver: Driver): GraphVersionCache {
  let cache = caches.get(driver);
  if (!cache) caches.set(driver, (cache = new GraphVersionCache()));
  return cache;
}
