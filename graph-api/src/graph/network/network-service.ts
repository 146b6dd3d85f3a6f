/**
 * Loads the collaboration graph and the brokerage flows of a period from Neo4j (one aggregated
 * query each, plus one for the parties' attributes), computes their metrics and caches them per
 * period for the current graph version.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import { countBrokerageRoles, type BrokerageFlow, type RoleCounts } from "./brokerage.js";
import { computeMetrics, type GraphMetrics, type Tie } from "./compute-metrics.js";
import { VersionedCache } from "./versioned-cache.js";
import { logger } from "../../logger.js";

export type BrokerageGroupBy = "IN_CHENGDU" | "CHAIN";

/** A period on Deal.signedOn, both ends inclusive, ISO dates; null = open. */
export interface Period {
  from: string | null;
  to: string | null;
}

export interface PartyInfo {
  id: string;
  name: string;
  type: string;
  inChengdu?: boolean | null;
}

export interface CollaborationState {
  ties: Tie[];
  orgs: Map<string, PartyInfo>;
  metrics: GraphMetrics;
  computeMs: number;
}

export interface BrokerageState {
  roles: Map<string, RoleCounts>;
  parties: Map<string, PartyInfo>;
  computeMs: number;
}

/** Analytics loading scans every deal of the period: allow more than an ordinary request. */
const LOAD_TIMEOUT_MS = 120_000;
const EMPTY: ReadonlySet<string> = new Set();
const PERIODS_KEPT = 6;

export class NetworkService {
  // The all-dates collaboration state at city scale (210k ties, their graph, metrics, roles) takes
  // ~130 MB of heap; a year about a third of it. Keep 6 periods.
  private readonly collaborationCache = new VersionedCache<CollaborationState>(PERIODS_KEPT);
  private readonly brokerageCache = new VersionedCache<BrokerageState>(PERIODS_KEPT);
  private readonly rowsCache = new VersionedCache<unknown>(32);

  /** True while an import writes (or after one was interrupted): nothing is cached then. */
  private graphChanging = false;

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  /** The importer's graph version (0 when none was recorded); notes whether the graph is changing. */
  async graphVersion(): Promise<number> {
    const rows = await runQuery<{ version: number; changing: boolean }>(
      this.driver,
      "network/get-graph-version",
      {},
      { database: this.database },
    );
    this.graphChanging = rows[0]?.changing === true;
    return Number(rows[0]?.version ?? 0);
  }

  /**
   * Aggregate rows of another analysis (partner gaps, member gaps) cached under `key` for the
   * current graph version — the same invalidation as the network metrics.
   */
  async cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.graphVersion();
    if (this.graphChanging) return load();
    return (await this.rowsCache.get(version, key, load)).value as T;
  }

  collaboration(version: number, period: Period): Promise<{ value: CollaborationState; cached: boolean }> {
    if (this.graphChanging) return this.loadCollaboration(period).then((value) => ({ value, cached: false }));
    return this.collaborationCache.get(version, periodKey(period), () => this.loadCollaboration(period));
  }

  brokerage(
    version: number,
    period: Period,
    groupBy: BrokerageGroupBy,
  ): Promise<{ value: BrokerageState; cached: boolean }> {
    if (this.graphChanging) return this.loadBrokerage(period, groupBy).then((value) => ({ value, cached: false }));
    return this.brokerageCache.get(version, `${periodKey(period)}|${groupBy}`, () =>
      this.loadBrokerage(period, groupBy),
    );
  }

  private async loadCollaboration(period: Period): Promise<CollaborationState> {
    const started = performance.now();
    const opts = { database: this.database, timeoutMs: LOAD_TIMEOUT_MS };
    const rows = await runQuery<{ source: string; targets: string[]; weights: number[] }>(
      this.driver,
      "network/list-collaboration-ties",
      { ...period },
      opts,
    );
    const ties: Tie[] = rows.flatMap((r) =>
      r.targets.map((target, k) => ({ source: r.source, target, weight: r.weights[k] ?? 0 })),
    );
    const tiesMs = Math.round(performance.now() - started);
    const ids = [...new Set(ties.flatMap((t) => [t.source, t.target]))];
    const orgRows = await runQuery<PartyInfo & Record<string, unknown>>(
      this.driver,
      "network/list-organisations-by-id",
      { ids },
      opts,
    );
    const orgs = new Map(
      orgRows.map((r) => [r.id, { id: r.id, name: r.name, type: r.type, inChengdu: r.inChengdu ?? null }]),
    );
    const orgsMs = Math.round(performance.now() - started) - tiesMs;
    const metrics = computeMetrics(ties);
    const computeMs = Math.round(performance.now() - started);
    logger.info(
      {
        nodes: metrics.nodes.size,
        ties: ties.length,
        ms: computeMs,
        phasesMs: { tiesQuery: tiesMs, orgsQuery: orgsMs, ...metrics.phasesMs },
      },
      "collaboration graph computed",
    );
    return { ties, orgs, metrics, computeMs };
  }

  private async loadBrokerage(period: Period, groupBy: BrokerageGroupBy): Promise<BrokerageState> {
    const started = performance.now();
    const opts = { database: this.database, timeoutMs: LOAD_TIMEOUT_MS };
    const flows = await runQuery<BrokerageFlow & Record<string, unknown>>(
      this.driver,
      "network/list-brokerage-flows",
      { ...period },
      opts,
    );
    const ids = [...new Set(flows.flatMap((f) => [f.intermediaryId, f.sellerId, f.buyerId]))];
    const query = groupBy === "CHAIN" ? "network/list-party-groups-chain" : "network/list-party-groups-in-chengdu";
    const rows = await runQuery<{ id: string; name: string; type: string; groups: string[] }>(
      this.driver,
      query,
      { ids },
      opts,
    );
    const groups = new Map(rows.map((r) => [r.id, new Set(r.groups)]));
    const roles = countBrokerageRoles(flows, (id) => groups.get(id) ?? EMPTY);
    const parties = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, type: r.type }]));
    const computeMs = Math.round(performance.now() - started);
    logger.info({ flows: flows.length, groupBy, ms: computeMs }, "brokerage roles computed");
    return { roles, parties, computeMs };
  }
}

const services = new WeakMap<Driver, NetworkService>();

/** The one NetworkService (and so one cache) per driver, shared by the network and gaps fields. */
export function sharedNetworkService(driver: Driver, database?: string): NetworkService {
  let service = services.get(driver);
  if (!service) services.set(driver, (service = new NetworkService(driver, database)));
  return service;
}

const periodKey = (p: Period): string => `${p.from ?? "*"}..${p.to ?? "*"}`;
