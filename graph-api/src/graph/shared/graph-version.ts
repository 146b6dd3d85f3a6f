/**
 * The graph version: every import and GraphQL mutation bumps (:TTGraphMeta {key:'graph'}).version,
 * and an import marks the graph as changing while it writes. Whatever is computed from the graph —
 * the stored analytics, the per-process cache of live queries below — is keyed by this version,
 * so several stateless API processes each see a change on their next read.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { VersionedCache } from "./versioned-cache.js";

export interface GraphState {
  /** 0 when nothing recorded a version yet. */
  version: number;
  /** True while an import writes, or after one was interrupted: nothing computed may be kept then. */
  changing: boolean;
}

/** The graph version and whether an import has marked the graph as changing. */
export async function graphState(driver: Driver, database?: string): Promise<GraphState> {
  const rows = await runQuery<{ version: number; changing: boolean }>(
    driver,
    "network/get-graph-version",
    {},
    { database },
  );
  return { version: Number(rows[0]?.version ?? 0), changing: rows[0]?.changing === true };
}

export async function graphVersion(driver: Driver, database?: string): Promise<number> {
  return (await graphState(driver, database)).version;
}

/**
 * The per-process cache of live query results (partner and member gaps for periods or graph
 * versions the analytics run has not stored), valid for one graph version and bypassed while the
 * graph is changing.
 */
export class GraphVersionCache {
  private readonly rows = new VersionedCache<unknown>(32);

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  /** The rows `load` returns, cached under `key` for the current graph version. */
  async cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const { version, changing } = await graphState(this.driver, this.database);
    if (changing) return load();
    return (await this.rows.get(version, key, load)).value as T;
  }
}

const caches = new WeakMap<Driver, GraphVersionCache>();

/** The one cache per driver (and so per process). */
export function graphVersionCache(driver: Driver, database?: string): GraphVersionCache {
  let cache = caches.get(driver);
  if (!cache) caches.set(driver, (cache = new GraphVersionCache(driver, database)));
  return cache;
}
