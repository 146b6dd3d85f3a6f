/**
 * Apollo `formatError`: errors thrown on purpose keep their message and code; library and
 * database errors get a code of their own; anything else becomes "Unexpected error"
 * (INTERNAL_SERVER_ERROR) when masking is on (production). Stack traces, Cypher and Neo4j
 * internals never reach the client in production; the server logs what was masked. In production
 * graphql-js's "Did you mean …?" suggestions are cut too: they would list the schema's fields,
 * arguments and enum values to a caller that cannot introspect it.
 * Errors that come from Neo4j are masked in every mode (their text names labels, properties and
 * query fragments): the client gets a fixed message and the code, the log gets the details.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { nameLibraryLimit, type LibraryLimits } from "./validation/library-limit-errors.js";

/** Errors of @neo4j/graphql and of our db layer (db/errors.ts), by class name → code and message. */
const KNOWN: Record<string, { code: string; message?: string }> = {
  Neo4jGraphQLAuthenticationError: {
    code: "UNAUTHENTICATED",
    message: "Unauthenticated: this operation needs a token with the right role",
  },
  Neo4jGraphQLForbiddenError: { code: "FORBIDDEN", message: "Forbidden: your role may not do this" },
  Neo4jGraphQLConstraintValidationError: { code: "CONSTRAINT_VIOLATION" },
  Neo4jGraphQLRelationshipValidationError: { code: "BAD_USER_INPUT" },
  ConstraintViolationError: {
    code: "CONSTRAINT_VIOLATION",
    message: "A uniqueness rule was violated (an id already exists)",
  },
  QueryTimeoutError: { code: "QUERY_TIMEOUT", message: "The query took too long and was stopped" },
  DatabaseUnavailableError: { code: "DATABASE_UNAVAILABLE", message: "The graph database is not reachable" },
  DatabaseError: { code: "DATABASE_ERROR", message: "The graph database could not run this request" },
  // Thrown on purpose (graph/analytics/analytics-not-ready.ts): its message is for the client.
  AnalyticsNotReadyError: { code: "ANALYTICS_NOT_READY" },
};

/** Errors raised by Neo4j (the driver's Neo4jError, or one of ours wrapping it): never shown as they are. */
function fromDatabase(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === "Neo4jError" || /^Neo\./.test(String((e as { code?: unknown }).code ?? ""))) return true;
  }
  return false;
}

/** Neo4j server error codes (e.g. from @neo4j/graphql's generated Cypher) worth a code of their own. */
function neo4jCode(error: unknown): { code: string; message: string } | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return undefined;
  if (code.includes("TransactionTimedOut")) return KNOWN.QueryTimeoutError as { code: string; message: string };
  if (code === "ServiceUnavailable" || code === "SessionExpired")
    return KNOWN.DatabaseUnavailableError as { code: string; message: string };
  if (code.includes("ConstraintValidationFailed"))
    return KNOWN.ConstraintViolationError as { code: string; message: string };
  if (code.startsWith("Neo.")) return KNOWN.DatabaseError as { code: string; message: string };
  return undefined;
}

/** @neo4j/graphql throws its auth failures as plain Neo4jGraphQLError("Unauthenticated" | "Forbidden"). */
const LIBRARY_MESSAGES: Record<string, string> = {
  Unauthenticated: "Neo4jGraphQLAuthenticationError",
  Forbidden: "Neo4jGraphQLForbiddenError",
};

function knownError(original: unknown): { code: string; message?: string } | undefined {
  if (!(original instanceof Error)) return undefined;
  const className =
    original.name !== "Error" && original.name !== "GraphQLError" ? original.name : original.constructor.name;
  const byName = KNOWN[className];
  if (byName) return byName;
  if (className.startsWith("Neo4jGraphQL")) {
    const alias = LIBRARY_MESSAGES[original.message];
    if (alias) return KNOWN[alias];
  }
  return neo4jCode(original);
}

/** graphql-js suggestions: `Did you mean "phone"?`, `Did you mean the enum value "SENIOR"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "");
}

/** Details of a refused request that production answers keep (validation/limit-error.ts). */
const PUBLIC_DETAILS = ["limit", "max", "cost", "argument"] as const;

function publicDetails(extensions: GraphQLFormattedError["extensions"]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PUBLIC_DETAILS) if (extensions?.[key] !== undefined) out[key] = extensions[key];
  return out;
}

export interface MaskOptions {
  /** Mask unexpected errors (production). */
  mask: boolean;
  logger: Logger;
  /** Limits the libraries enforce, named in their answers (validation/library-limit-errors.ts). */
  limits: LibraryLimits;
}

export function createFormatError({ mask, logger, limits }: MaskOptions) {
  const format = (received: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = nameLibraryLimit(received, limits);
    const original = unwrapResolverError(error);
    const known = knownError(original) ?? (fromDatabase(original) ? KNOWN.DatabaseError : undefined);
    const code = String(known?.code ?? formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    const base = { locations: formatted.locations, path: formatted.path };
    if (known) {
      const message = known.message ?? formatted.message;
      if (fromDatabase(original)) {
        logger.warn({ err: original, path: formatted.path?.join("."), code }, "database error masked");
        return { message, ...base, extensions: { code } };
      }
      return mask
        ? { message, ...base, extensions: { code } }
        : { ...formatted, message, extensions: { ...formatted.extensions, code } };
    }
    if (!mask) return formatted;
    if (code !== "INTERNAL_SERVER_ERROR") {
      // Thrown on purpose (by us, graphql-js or Apollo) with a code: the message is for clients,
      // and so are the details a refused request carries (which limit, its maximum, which argument).
      return { message: formatted.message, ...base, extensions: { code, ...publicDetails(formatted.extensions) } };
    }
    logger.error({ err: original, path: formatted.path?.join(".") }, "masked error");
    return { message: "Unexpected error", ...base, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
  if (!mask) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return { ...out, message: withoutSuggestions(out.message) };
  };
}
