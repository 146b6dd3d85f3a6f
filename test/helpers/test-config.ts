/**
 * The configuration tests use: a separate local Neo4j (own folder and Bolt port) so that tests
 * never touch the data of `npm start`, unless NEO4J_URI points at a server to use instead.
 */
import { loadConfig, type Config } from "../../graph-api/src/config.js";

export const TEST_BOLT_PORT = 7697;

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_HOME: ".neo4j-test",
    NEO4J_BOLT_PORT: String(TEST_BOLT_PORT),
    NEO4J_HEAP: "1g",
    NEO4J_PAGECACHE: "512m",
    LOG_LEVEL: "warn",
    // Tests run the analytics themselves; an API under test starts no background run unless asked.
    ANALYTICS_IN_API: "false",
    // Tests write their data through the driver, which bumps no graph version (an import or a
    // mutation does): the response cache is off unless a test turns it on (response-cache tests).
    RESPONSE_CACHE_TTL_SECONDS: "0",
    // Hostile-input tests send hundreds of refused requests a minute from one address: no budget
    // unless a test sets one (refusal-limit tests).
    MAX_REFUSALS_PER_MINUTE: "0",
    ...process.env,
    NODE_ENV: "test",
    ...overrides,
  });
}
