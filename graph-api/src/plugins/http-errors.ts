/**
 * Every error answer of `/graphql` is a GraphQL JSON body (`{ "errors": [{ message, extensions:
 * { code } }] }`), including those that never reach Apollo: malformed JSON (400 BAD_REQUEST) and a
 * body over MAX_REQUEST_BYTES (413 PAYLOAD_TOO_LARGE) from the body parser. And a request that
 * failed because Neo4j cannot be reached answers 503 (DATABASE_UNAVAILABLE) with `Retry-After`,
 * so load balancers and clients can tell an outage from a bad request.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { ErrorRequestHandler } from "express";
import { isUnavailable } from "../db/errors.js";

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

function answerOf(err: HttpError, maxBytes: number): { status: number; code: string; message: string } {
  const status = err.status ?? err.statusCode ?? 500;
  if (status === 413)
    return {
      status,
      code: "PAYLOAD_TOO_LARGE",
      message: `The request body is larger than ${maxBytes} bytes (MAX_REQUEST_BYTES)`,
    };
  if (err.type === "entity.parse.failed")
    return { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON" };
  if (status >= 400 && status < 500)
    return { status, code: "BAD_REQUEST", message: err.expose && err.message ? err.message : "Bad request" };
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Unexpected error" };
}

/** Express error handler for the GraphQL route (mounted after it). */
export function graphqlErrorBodies(maxBytes: number): ErrorRequestHandler {
  return (err: HttpError, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const { status, code, message } = answerOf(err, maxBytes);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/** Seconds a client should wait before retrying while Neo4j is unreachable. */
const RETRY_AFTER_SECONDS = 5;

/** Apollo plugin: HTTP 503 when an error of the request says Neo4j cannot be reached. */
export function databaseUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx) {
          if (!ctx.errors?.some((e) => isUnavailable(unwrapResolverError(e)))) return;
          ctx.response.http.status = 503;
          ctx.response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
