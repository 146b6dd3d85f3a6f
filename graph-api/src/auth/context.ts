/**
 * The per-request GraphQL context: the caller's identity (verified JWT, roles), the request
 * context every domain operation takes (database, timeout, roles; db/request-context.ts) and what
 * @neo4j/graphql reads from the context — the pre-verified `jwt`, the session config and the
 * transaction timeout of every generated query, both taken from that one request context.
 */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { requestContextOf, type RequestContext } from "../db/request-context.js";
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
  /** The request's database, timeout and roles: pass it to every domain operation. */
  request: RequestContext;
  /** Transaction settings @neo4j/graphql applies to its generated Cypher (from `request`). */
  transaction: { timeout: number; metadata?: Record<string, unknown> };
  /** Session settings @neo4j/graphql opens its sessions with (from `request`). */
  sessionConfig: { database: string };
}

/** Build the context for one request from its Authorization header. */
export async function createContext(
  authorization: string | undefined,
  config: Config,
  driver: Driver,
): Promise<ApiContext> {
  const jwt = await verifyBearer(authorization, config.JWT_SECRET, {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const auth = authInfoOf(jwt);
  const request = requestContextOf(driver, config, auth.roles);
  return {
    auth,
    // @neo4j/graphql treats context.jwt as already verified (we just did), so it does not decode
    // the token a second time; `token` is deliberately not passed.
    ...(jwt ? { jwt } : {}),
    request,
    transaction: { timeout: request.timeoutMs },
    sessionConfig: { database: request.database },
  };
}
