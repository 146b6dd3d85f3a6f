/**
 * `npm start`: composition only — configuration → logger → local Neo4j (when NEO4J_URI is unset)
 * → driver → migrations → demo data into an empty graph → schema → HTTP server → URLs → the
 * periodic check of stored analytics (a run in a worker thread when they are missing); graceful
 * shutdown on SIGINT/SIGTERM (stop accepting, drain requests in flight, close the driver).
 */
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createDriver } from "./db/driver.js";
import { migrate } from "./db/migrate.js";
import { loadDemoIfEmpty } from "./ingest/load-demo.js";
import { analyticsService } from "./graph/analytics/analytics-service.js";
import { configureLogger, logger } from "./logger.js";
import { checkNeo4jCompat } from "./plugins/health.js";
import { buildSchema } from "./schema/build-schema.js";
import { createApiServer, GRAPHIQL_PATH, GRAPHQL_PATH } from "./server.js";
import { start as startLocalNeo4j } from "../../neo4j-local/server.js";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  configureLogger(config.LOG_LEVEL);
  if (config.localNeo4j) await startLocalNeo4j(config, (msg) => logger.info(msg));

  const driver = createDriver(config);
  await checkNeo4jCompat(driver, config.NEO4J_DATABASE);
  const applied = await migrate(driver, config.NEO4J_DATABASE);
  if (applied.length) logger.info({ applied }, "migrations applied");
  await loadDemoIfEmpty(driver, config);

  const schema = await buildSchema({ driver, config });
  const server = await createApiServer({ schema, driver, config });
  const url = await server.listen(config.HOST, config.PORT);
  // Stored analytics for the current graph version (computed in a worker thread when missing).
  const analytics = analyticsService(driver, config);
  analytics.watch(config.ANALYTICS_WATCH_SECONDS);
  console.log(
    [
      `TTGraph is running`,
      `  GraphQL API  ${url}${GRAPHQL_PATH}`,
      config.GRAPHIQL ? `  GraphiQL     ${url}${GRAPHIQL_PATH}` : `  GraphiQL     off (GRAPHIQL=false)`,
      `  Explorer     ${url}/`,
      `  Health       ${url}/healthz  ${url}/readyz`,
    ].join("\n"),
  );

  let stoppingSince = 0;
  const shutdown = async (signal: string) => {
    if (stoppingSince) {
      // Ctrl-C reaches npm, tsx and node, and tsx relays it again: repeats within 2 s are one signal.
      if (Date.now() - stoppingSince < 2000) return;
      logger.warn("second signal: exiting now");
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, "shutting down: draining requests");
    try {
      analytics.stop();
      await server.stop();
      await driver.close();
      if (config.localNeo4j) logger.info("the local Neo4j keeps running; `npm run db:stop` stops it");
      process.exit(0);
    } catch (e) {
      logger.error({ err: e }, "unclean shutdown");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((e: unknown) => {
  logger.fatal({ err: e }, "start-up failed");
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
