/** The neo4j.conf of the local server, derived from the validated configuration. */
import type { Config } from "../graph-api/src/config.js";

/** A size such as 512m or 2g in MiB. */
export function mebibytes(size: string): number {
  const [, n, unit] = /^(\d+)([kmg])$/i.exec(size) ?? [];
  const factor = { k: 1 / 1024, m: 1, g: 1024 }[(unit ?? "m").toLowerCase() as "k" | "m" | "g"];
  return Math.floor(Number(n) * factor);
}

/**
 * Memory for transactions: all of them together at most 70% of the heap (Neo4j's own default),
 * one at most NEO4J_TX_MEMORY or half the heap — so one runaway query is stopped with an error
 * ("memory limit reached") before it can starve the others or the server.
 */
export function transactionMemory(config: Pick<Config, "NEO4J_HEAP" | "NEO4J_TX_MEMORY">): {
  total: string;
  perTransaction: string;
} {
  const heap = mebibytes(config.NEO4J_HEAP);
  const total = Math.floor(heap * 0.7);
  const asked = config.NEO4J_TX_MEMORY ? mebibytes(config.NEO4J_TX_MEMORY) : Math.floor(heap / 2);
  return { total: `${total}m`, perTransaction: `${Math.min(asked, total)}m` };
}

export function neo4jConf(config: Config, dirs: { data: string; logs: string; run: string; plugins: string }): string {
  const memory = transactionMemory(config);
  const settings: Record<string, string> = {
    "server.default_listen_address": "127.0.0.1",
    "server.bolt.listen_address": `127.0.0.1:${config.NEO4J_BOLT_PORT}`,
    "server.bolt.tls_level": "DISABLED",
    "server.http.enabled": "false",
    "server.https.enabled": "false",
    "dbms.routing.enabled": "false",
    "dbms.security.auth_enabled": "true",
    "dbms.usage_report.enabled": "false",
    // Heap is set on the java command line; page cache and transaction limits here. Defaults fit a
    // 2-core / 24 GiB machine that also runs the API, the importer and a browser.
    "server.memory.pagecache.size": config.NEO4J_PAGECACHE,
    "dbms.memory.transaction.total.max": memory.total,
    "db.memory.transaction.max": memory.perTransaction,
    // The server's own stop for any transaction, whatever the client asked (the API asks for
    // QUERY_TIMEOUT_MS per request; batch commands for more).
    "db.transaction.timeout": config.NEO4J_TX_TIMEOUT,
    "db.lock.acquisition.timeout": "30s",
    // A shortestPath that would need an exhaustive search fails at once instead of running for minutes.
    "dbms.cypher.forbid_exhaustive_shortestpath": "true",
    "server.directories.data": dirs.data,
    "server.directories.logs": dirs.logs,
    "server.directories.run": dirs.run,
    "server.directories.plugins": dirs.plugins,
    "dbms.security.procedures.unrestricted": "apoc.*,gds.*",
  };
  return Object.entries(settings)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n")
    .concat("\n");
}
