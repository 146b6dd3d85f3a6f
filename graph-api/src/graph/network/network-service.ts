/**
 * Shared network types, and the per-process cache of live gap queries (partner and member gaps
 * for periods or graph versions the analytics run has not stored), keyed by the graph version so
 * that every API process drops its entries when any import or mutation bumps it.
 */
import type { Driver } from "neo4j-driver";
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { VersionedCache } from "./versioned-cache.js";

export type BrokerageGroupBy = "IN_CHENGDU" | "CHAIN";

/** A period on Deal.signedOn, both ends inclusive, ISO dates; null = open. */
export interface Period {
  from: string | null;
  to: string | null;
}

export class NetworkService {
  private readonly rowsCache = new VersionedCache<unknown>(32);

  /** True while an import writes (or after one was interrupted): nothing is cached then. */
  private graphChanging = false;

  /** The importer's graph version (0 when none was recorded); notes whether the graph is changing. */
  async graphVersion(rq: RequestContext): Promise<number> {
    const rows = await runQuery<{ version: number; changing: boolean }>(rq, "network/get-graph-version");
    this.graphChanging = rows[0]?.changing === true;
    return Number(rows[0]?.version ?? 0);
  }

  /** Aggregate rows of a live gap query cached under `key` for the current graph version. */
  async cached<T>(rq: RequestContext, key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.graphVersion(rq);
    if (this.graphChanging) return load();
    return (await this.rowsCache.get(version, key, load)).value as T;
  }
}

const services = new WeakMap<Driver, NetworkService>();

/** The one NetworkService (and so one cache) per driver. */
export function sharedNetworkService(driver: Driver): NetworkService {
  let service = services.get(driver);
  if (!service) services.set(driver, (service = new NetworkService()));
  return service;
}
