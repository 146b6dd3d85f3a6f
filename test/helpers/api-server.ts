/**
 * Start the real API (schema + Apollo + express) on an ephemeral port against the test Neo4j,
 * and post GraphQL requests to it over HTTP.
 */
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import type { Role } from "../../graph-api/src/auth/roles.js";
import { signToken } from "../../graph-api/src/auth/jwt.js";
import type { Config } from "../../graph-api/src/config.js";
import { buildSchema } from "../../graph-api/src/schema/build-schema.js";
import { createApiServer, type ApiServer } from "../../graph-api/src/server.js";
import { testConfig } from "./test-config.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

export interface TestApi {
  url: string;
  config: Config;
  server: ApiServer;
  /** POST a GraphQL request; `role` mints a token for that role. */
  gql<T = Record<string, unknown>>(
    query: string,
    options?: {
      variables?: Record<string, unknown>;
      role?: Role;
      token?: string;
      extensions?: Record<string, unknown>;
    },
  ): Promise<GraphQLResponse<T>>;
  token(role: Role): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestApi(
  driver: Driver,
  overrides: Record<string, string> = {},
  extra: { persistedDocuments?: Map<string, string>; explorerDist?: string } = {},
): Promise<TestApi> {
  const config = testConfig({ LOG_LEVEL: "silent", ...overrides });
  const schema = await buildSchema({ driver, config });
  const server = await createApiServer({ schema, driver, config, logger: pino({ level: config.LOG_LEVEL }), ...extra });
  const url = await server.listen("127.0.0.1", 0);
  const token = (role: Role) =>
    signToken(config.JWT_SECRET, {
      roles: [role],
      sub: `test-${role}`,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
    });
  return {
    url,
    config,
    server,
    token,
    async gql(query, options = {}) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      const bearer = options.token ?? (options.role ? await token(options.role) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables: options.variables, extensions: options.extensions }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse, "status">;
      return { status: res.status, ...body } as GraphQLResponse<never>;
    },
    stop: () => server.stop(),
  };
}
