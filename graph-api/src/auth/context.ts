/**
 * The per-request GraphQL context: the caller's identity (verified JWT, roles) plus what
 * @neo4j/graphql reads from the context — the pre-verified `jwt`, the session config and the
 * transaction timeout (QUERY_TIMEOUT_MS) for every generated query.
 */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Config } from "../config.js";
import { authInfoOf, verifyBearer, type VerifiedJwt } from "./jwt.js";
import type { AuthInfo } from "./roles.js";

/** What every resolver receives as `context`. */
export interface ApiContext extends Neo4jGraphQLContext {
  /** Set by the trusted-documents plugin when the request ran an allow-listed document. */
  trustedDocument?: boolean;
  /** Caller identity; use rolesOf/requireRole rather than reading it directly. */
  auth: AuthInfo;
  /** The verified JWT (roles expanded), or undefined for anonymous callers. */
  jwt?: VerifiedJwt;
  /** Transaction settings @neo4j/graphql applies to its generated Cypher. */
  transaction: { timeout: number; metadata?: Record<string, unknown> };
  sessionConfig: { database: string };
}

/** Build the context for one request from its Authorization header. */
export async function createContext(authorization: string | undefined, config: Config): Promise<ApiContext> {
  const jwt = await verifyBearer(authorization, config.JWT_SECRET, {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  return {
    auth: authInfoOf(jwt),
    // @neo4j/graphql treats context.jwt as already verified (we just did), so it does not decode
    // the token a second time; `token` is deliberately not passed.
    ...(jwt ? { jwt } : {}),
    transaction: { timeout: config.QUERY_TIMEOUT_MS },
    sessionConfig: { database: config.NEO4J_DATABASE },
  };
}
