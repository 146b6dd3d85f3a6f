/** One neo4j-driver instance per process, configured from the validated configuration. */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export function createDriver(config: Config): Driver {
  return neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Plain JS numbers for integers below 2^53 (counts, years); larger ones would be a data error.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    userAgent: "ttgraph",
  });
}
