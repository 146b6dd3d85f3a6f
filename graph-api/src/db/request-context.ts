/**
 * The context of one request's database work: where its statements run (NEO4J_DATABASE), how long
 * each may take (QUERY_TIMEOUT_MS) and who asks (the caller's roles). It is built once per request
 * (auth/context.ts, the report route, the CLI's report) and passed to every domain operation, which
 * runs its statements with `runQuery(rq, …)`; @neo4j/graphql's generated queries read the same
 * values from the GraphQL context (`sessionConfig`, `transaction`). No domain operation has a
 * database name or a timeout of its own to forget.
 *
 * Background jobs (import, export, the analytics run, migrations) serve no request: they pass a
 * driver and RunOptions to runQuery instead.
 */
import type { Driver } from "neo4j-driver";
import type { Role } from "../auth/roles.js";

export interface RequestContext {
  readonly driver: Driver;
  /** The database every statement of the request runs in. */
  readonly database: string;
  /** The transaction timeout of every statement of the request, in milliseconds. */
  readonly timeoutMs: number;
  /** The caller's effective roles (empty when anonymous). */
  readonly roles: readonly Role[];
}

/** The configuration a request context is made from. */
export interface RequestSettings {
  NEO4J_DATABASE: string;
  QUERY_TIMEOUT_MS: number;
}

export function requestContextOf(driver: Driver, config: RequestSettings, roles: readonly Role[]): RequestContext {
  return Object.freeze({
    driver,
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    roles: Object.freeze([...roles]),
  });
}

/** True for a request context, false for a bare driver. */
export function isRequestContext(value: unknown): value is RequestContext {
  return (
    typeof value === "object" &&
    value !== null &&
    "driver" in value &&
    typeof (value as { database?: unknown }).database === "string"
  );
}
