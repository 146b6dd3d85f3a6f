/** The neo4j.conf of the local server, derived from the validated configuration. */
import type { Config } from "../graph-api/src/config.js";

export function neo4jConf(config: Config, dirs: { data: string; logs: string; run: string; plugins: string }): string {
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
    "dbms.memory.transaction.total.max": "2g",
    "db.transaction.timeout": config.NEO4J_TX_TIMEOUT,
    "db.lock.acquisition.timeout": "30s",
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
