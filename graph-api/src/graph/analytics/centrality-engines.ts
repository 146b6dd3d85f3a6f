/**
 * PageRank, betweenness and Louvain communities of a weighted undirected graph given as integer
 * ties, by one of two engines with the same output:
 *  - `gds`: Neo4j Graph Data Science in the database (the graph is projected from the tie lists,
 *    computed in parallel in Java and dropped again) — used whenever the server has the plugin;
 *  - `graphology`: graphology-metrics and graphology-communities-louvain in this process (meant to
 *    run in a worker thread) — for a server without GDS.
 * Both return PageRank summing to 1 and betweenness normalised by (n − 1)(n − 2) on unweighted
 * shortest paths, estimated from `pivots` sampled sources above `exactMaxNodes` nodes.
 */
import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { runQuery } from "../../db/run-query.js";
import { digitWidth, toFixedWidthDigits } from "./fixed-width-digits.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";
import { betweenness, betweennessDefaults } from "../network/betweenness.js";
import { louvain, pagerank, UndirectedGraph } from "../network/graphology-libs.js";
import { seededRandom } from "../network/seeded-random.js";

export const metricDefaults = {
  /** PageRank damping factor. */
  pagerankAlpha: 0.85,
  /** Seed of Louvain's random node order (graphology engine). */
  louvainSeed: 1989,
  ...betweennessDefaults,
};

export type EngineName = "gds" | "graphology";

/** Ties of a graph on nodes 0..n−1, each pair once (source < target). */
export interface TieLists {
  n: number;
  source: Int32Array;
  target: Int32Array;
  /** Deals the pair shares: whole numbers (the GDS projection sends them as digits). */
  weight: Float64Array;
}

export interface Centrality {
  pagerank: Float64Array;
  betweenness: Float64Array;
  /** Louvain labels (arbitrary numbers; renumbered by the caller). */
  community: Int32Array;
  modularity: number;
  /** Sources of the betweenness estimate, or null when it is exact. */
  pivots: number | null;
}

export interface CentralityEngine {
  name: EngineName;
  /** Threads of GDS's parallel algorithms (gds only). */
  threads?: number;
  compute(ties: TieLists): Promise<Centrality>;
}

type Options = typeof metricDefaults;

/** Pivots used for a graph of n nodes, or null for the exact computation. */
export function pivotsFor(n: number, o: Options = metricDefaults): number | null {
  return n <= o.exactMaxNodes || o.pivots >= n ? null : o.pivots;
}

/**
 * Hoeffding's bound on the error of the sampled betweenness of one node, in the normalised scale:
 * each sampled source s contributes X_s = n·δ_s(v)/((n−1)(n−2)) ∈ [0, n/(n−1)] and the estimate is
 * their mean, so P(|estimate − exact| ≥ ε) ≤ 2·exp(−2kε²/(n/(n−1))²). Returns ε at confidence
 * 1 − δ (default 95 %), 0 when exact.
 */
export function betweennessErrorBound(n: number, pivots: number | null, delta = 0.05): number {
  if (pivots === null || n < 3) return 0;
  return (n / (n - 1)) * Math.sqrt(Math.log(2 / delta) / (2 * pivots));
}

/** The GDS engine when the server has the plugin (and `prefer` allows it), else graphology. */
export async function chooseEngine(
  driver: Driver,
  prefer: "auto" | EngineName,
  database?: string,
  options: Partial<Options> = {},
): Promise<CentralityEngine> {
  const o = { ...metricDefaults, ...options };
  if (prefer === "graphology") return graphologyEngine(o);
  try {
    await runQuery(driver, "analytics/gds-version", {}, { database });
    return gdsEngine(driver, database, o, await serverThreads(driver, database));
  } catch (e) {
    if (prefer === "gds") {
      throw new Error(`Graph Data Science is not available on the server: ${(e as Error).message}`, { cause: e });
    }
    return graphologyEngine(o);
  }
}

/** GDS's own default number of threads (and the most GDS Community uses). */
const GDS_DEFAULT_THREADS = 4;

/**
 * Threads for GDS's parallel algorithms: its default, but no more than the server's processors
 * (on 2 cores, 4 threads cost a quarter to a half more CPU for the same PageRank and betweenness,
 * CPU the run's other work needs). GDS's default when the server does not say.
 */
async function serverThreads(driver: Driver, database?: string): Promise<number> {
  try {
    const [row] = await runQuery<{ cpus: number }>(driver, "analytics/gds-cpus", {}, { database });
    return row && row.cpus > 0 ? Math.min(GDS_DEFAULT_THREADS, row.cpus) : GDS_DEFAULT_THREADS;
  } catch {
    return GDS_DEFAULT_THREADS;
  }
}

export function gdsEngine(
  driver: Driver,
  database: string | undefined,
  o: Options = metricDefaults,
  /** Threads of PageRank and betweenness (Louvain runs on one, see gds-louvain.cypher). */
  threads = GDS_DEFAULT_THREADS,
): CentralityEngine {
  return {
    name: "gds",
    threads,
    async compute(ties) {
      const { n } = ties;
      const out = emptyCentrality(n);
      if (n === 0) return out;
      const graphName = `ttgraph-analytics-${randomUUID()}`;
      const opts = { database, mode: "WRITE" as const, timeoutMs: RUN_QUERY_TIMEOUT_MS };
      const width = digitWidth(ties.source, ties.target, ties.weight);
      await runQuery(
        driver,
        "analytics/gds-project-ties",
        {
          graphName,
          count: ties.source.length,
          width,
          source: toFixedWidthDigits(ties.source, width),
          target: toFixedWidthDigits(ties.target, width),
          weight: toFixedWidthDigits(ties.weight, width),
        },
        opts,
      );
      try {
        const pivots = pivotsFor(n, o);
        type Scores = { nodes: number[]; values: number[] };
        // The three run at once on the one projection (Louvain on one thread, the others on up to
        // `threads`); each streams its values back as one row of lists.
        const settled = await Promise.allSettled([
          runQuery<Scores>(
            driver,
            "analytics/gds-pagerank",
            { graphName, dampingFactor: o.pagerankAlpha, concurrency: threads },
            opts,
          ),
          runQuery<Scores>(
            driver,
            "analytics/gds-betweenness",
            { graphName, samplingSize: pivots, samplingSeed: o.seed, concurrency: threads },
            opts,
          ),
          runQuery<Scores & { modularity: number }>(driver, "analytics/gds-louvain", { graphName }, opts),
        ]);
        const failed = settled.find((s) => s.status === "rejected");
        if (failed) throw (failed as PromiseRejectedResult).reason;
        const [ranks, between, louvain] = settled.map((s) => (s as PromiseFulfilledResult<Scores[]>).value[0]);
        // GDS: PageRank is not normalised; betweenness counts each unordered pair once and a
        // sampled run sums only its k sources (no n/k scaling).
        const pairs = n > 2 ? (n - 1) * (n - 2) : 0;
        const scale = pairs === 0 ? 0 : (2 * (pivots === null ? 1 : n / pivots)) / pairs;
        const put = (target: Float64Array | Int32Array, r: Scores | undefined, factor = 1) =>
          r?.nodes.forEach((node, k) => (target[node] = (r.values[k] as number) * factor));
        put(out.pagerank, ranks);
        put(out.betweenness, between, scale);
        put(out.community, louvain);
        let sum = 0;
        for (let i = 0; i < n; i++) sum += out.pagerank[i] as number;
        if (sum > 0) for (let i = 0; i < n; i++) out.pagerank[i] = (out.pagerank[i] as number) / sum;
        out.modularity = (louvain as { modularity?: number } | undefined)?.modularity ?? 0;
        out.pivots = pivots;
        return out;
      } finally {
        await runQuery(driver, "analytics/gds-drop-graph", { graphName }, opts);
      }
    },
  };
}

export function graphologyEngine(o: Options = metricDefaults): CentralityEngine {
  return {
    name: "graphology",
    async compute(ties) {
      const { n } = ties;
      const out = emptyCentrality(n);
      if (n === 0) return out;
      const graph = new UndirectedGraph();
      for (let i = 0; i < n; i++) graph.addNode(String(i));
      for (let k = 0; k < ties.source.length; k++) {
        graph.addEdge(String(ties.source[k]), String(ties.target[k]), { weight: ties.weight[k] });
      }
      const between = betweenness(graph, o);
      const ranks = pagerank(graph, { getEdgeWeight: "weight", alpha: o.pagerankAlpha });
      const communities = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(o.louvainSeed) });
      for (let i = 0; i < n; i++) {
        const key = String(i);
        out.pagerank[i] = ranks[key] ?? 0;
        out.betweenness[i] = between.values[key] ?? 0;
        out.community[i] = communities.communities[key] ?? 0;
      }
      out.modularity = communities.modularity;
      out.pivots = between.sampled ? o.pivots : null;
      return out;
    },
  };
}

function emptyCentrality(n: number): Centrality {
  return {
    pagerank: new Float64Array(n),
    betweenness: new Float64Array(n),
    community: new Int32Array(n),
    modularity: 0,
    pivots: null,
  };
}
