/**
 * The HTTP server: Apollo Server 5 on express 5 with TTGraph's plugins (logging, error masking,
 * trusted documents, depth and cost limits), `/graphql`, `/graphiql` (when enabled), `/healthz`,
 * `/readyz`, the annual white paper at `/reports/annual/<year>.<format>` and the built explorer at `/`. No landing page from a CDN. Does not listen until
 * `listen()`; `stop()` stops accepting, drains requests in flight and stops Apollo.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { createContext, type ApiContext } from "./auth/context.js";
import type { Config } from "./config.js";
import { logger as defaultLogger } from "./logger.js";
import { explorerRouter } from "./plugins/explorer-static.js";
import { graphiqlHandler } from "./plugins/graphiql.js";
import { graphVersionPlugin } from "./plugins/graph-version.js";
import { healthRouter } from "./plugins/health.js";
import { databaseUnavailablePlugin, graphqlErrorBodies, headerErrorBodies } from "./plugins/http-errors.js";
import { loggingPlugin } from "./plugins/logging.js";
import { createFormatError } from "./plugins/mask-errors.js";
import { partialDataStatusPlugin } from "./plugins/partial-data-status.js";
import { responseCachePlugins } from "./plugins/response-cache.js";
import { roleErrorsPlugin } from "./plugins/role-errors.js";
import { loadTrustedDocuments, trustedDocumentsPlugin, type TrustedDocuments } from "./plugins/trusted-documents.js";
import { apolloLimitOptions, requestLimitsOf, requestLimitsPlugin } from "./plugins/validation/index.js";
import { refusalLimit } from "./plugins/refusal-limit.js";
import { reportRouter } from "./white-paper/report-route.js";

export const GRAPHQL_PATH = "/graphql";
export const GRAPHIQL_PATH = "/graphiql";

export interface ServerOptions {
  schema: GraphQLSchema;
  driver: Driver;
  config: Config;
  logger?: Logger;
  /** Allow-list of trusted documents (id → text); default: the explorer's manifests and TRUSTED_DOCUMENTS_FILES. */
  persistedDocuments?: TrustedDocuments;
  /** Folder of the built explorer; default explorer/dist. */
  explorerDist?: string;
}

export interface ApiServer {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  httpServer: Server;
  /** Start Apollo and listen; resolves with the base URL. */
  listen(host: string, port: number): Promise<string>;
  /** Stop accepting connections, drain requests in flight, stop Apollo. */
  stop(): Promise<void>;
}

export async function createApiServer(options: ServerOptions): Promise<ApiServer> {
  const { schema, driver, config } = options;
  const log = options.logger ?? defaultLogger;
  const app = express();
  // Explorer links carry the canvas (up to 2,000 node ids with positions, the subgraph limit:
  // ≈ 50 KB of query string); Node's default 16 KB header limit answered them with 431.
  const httpServer = createServer({ maxHeaderSize: config.MAX_HEADER_BYTES }, app);
  headerErrorBodies(httpServer, config.MAX_HEADER_BYTES);
  const limits = requestLimitsOf(config);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: config.INTROSPECTION,
    includeStacktraceInErrorResponses: config.NODE_ENV !== "production",
    // main.ts owns SIGINT/SIGTERM (drain, then close the driver); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError: createFormatError({
      mask: config.NODE_ENV === "production",
      logger: log,
      limits: { maxTokens: config.MAX_TOKENS, maxFields: config.MAX_QUERY_FIELDS },
    }),
    ...apolloLimitOptions(limits),
    // csrfPrevention stays at its default (on): GETs need a content-type or apollo-require-preflight.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The response cache gives one hint per answer (plugins/response-cache.ts), yet Apollo's
      // default cache-control plugin hooks every field resolution (willResolveField): overhead.
      ApolloServerPluginCacheControlDisabled(),
      loggingPlugin({ logger: log }),
      trustedDocumentsPlugin({
        documents: options.persistedDocuments ?? loadTrustedDocuments(config.TRUSTED_DOCUMENTS_FILES),
        only: config.TRUSTED_DOCUMENTS_ONLY,
      }),
      requestLimitsPlugin(schema, limits),
      // After the limits (checked on every request, hits included), before execution.
      ...responseCachePlugins({
        ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS,
        maxBytes: config.RESPONSE_CACHE_MAX_BYTES,
      }),
      graphVersionPlugin({ logger: log }),
      // A signed-in caller without the role: FORBIDDEN, not the library's "Unauthenticated".
      roleErrorsPlugin(),
      // A response with data is a success (GraphQL over HTTP)…
      partialDataStatusPlugin(),
      // …unless Neo4j is down: then 503 with Retry-After, whatever else came back.
      databaseUnavailablePlugin(),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(healthRouter(driver, config.NEO4J_DATABASE));
  if (config.GRAPHIQL) app.get(GRAPHIQL_PATH, graphiqlHandler(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    // before the body is read: a client over its budget of refusals costs no parsing
    refusalLimit(config.MAX_REFUSALS_PER_MINUTE),
    express.json({ limit: config.MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(req.headers.authorization, config, driver) }),
    graphqlErrorBodies(config.MAX_REQUEST_BYTES),
  );
  app.use(reportRouter(driver, config, log));
  const explorer = explorerRouter(options.explorerDist);
  if (explorer) app.use(explorer);

  return {
    app,
    apollo,
    httpServer,
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    // Apollo's drain plugin closes the http server (refusing new connections) and waits for
    // requests in flight before stop() resolves.
    stop: () => apollo.stop(),
  };
}
