/**
 * Every error answer of `/graphql` is a GraphQL JSON body (`{ "errors": [{ message, extensions:
 * { code } }] }`), including those that never reach Apollo: malformed JSON (400 BAD_REQUEST) and a
 * body over MAX_REQUEST_BYTES (413 PAYLOAD_TOO_LARGE) from the body parser. And a request that
 * failed because Neo4j cannot be reached answers 503 (DATABASE_UNAVAILABLE) with `Retry-After`,
 * so load balancers and clients can tell an outage from a bad request.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { ErrorRequestHandler, Response } from "express";
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { isUnavailable } from "../db/errors.js";

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

interface Answer {
  status: number;
  code: string;
  message: string;
  limit?: { limit: string; max: number };
}

function answerOf(err: HttpError, maxBytes: number): Answer {
  const status = err.status ?? err.statusCode ?? 500;
  if (status === 413)
    return {
      status,
      code: "PAYLOAD_TOO_LARGE",
      message: `The request body is larger than ${maxBytes} bytes (MAX_REQUEST_BYTES)`,
      limit: { limit: "MAX_REQUEST_BYTES", max: maxBytes },
    };
  if (err.type === "entity.parse.failed")
    return { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON" };
  if (status >= 400 && status < 500)
    return { status, code: "BAD_REQUEST", message: err.expose && err.message ? err.message : "Bad request" };
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Unexpected error" };
}

/** Answer with one GraphQL error as the JSON body: `{ "errors": [{ message, extensions }] }`. */
export function sendGraphqlError(
  res: Response,
  status: number,
  message: string,
  extensions: { code: string } & Record<string, unknown>,
): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** Express error handler for the GraphQL route (mounted after it). */
export function graphqlErrorBodies(maxBytes: number): ErrorRequestHandler {
  return (err: HttpError, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const { status, code, message, limit } = answerOf(err, maxBytes);
    sendGraphqlError(res, status, message, { code, ...limit });
  };
}

/**
 * Node's HTTP parser refuses headers over MAX_HEADER_BYTES before express sees the request, with an
 * empty 431. Answer it as GraphQL JSON that names the limit instead (other parse errors: 400).
 */
export function headerErrorBodies(server: Server, maxHeaderBytes: number): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || err.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") {
      socket.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
      return;
    }
    const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
    const error = tooLarge
      ? {
          message: `The request headers are larger than ${maxHeaderBytes} bytes (MAX_HEADER_BYTES)`,
          extensions: { code: "REQUEST_HEADER_FIELDS_TOO_LARGE", limit: "MAX_HEADER_BYTES", max: maxHeaderBytes },
        }
      : { message: "The request could not be parsed as HTTP", extensions: { code: "BAD_REQUEST" } };
    const body = JSON.stringify({ errors: [error] });
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/** Seconds a client should wait before retrying while Neo4j is unreachable. */
const RETRY_AFTER_SECONDS = 5;

/** Seconds a client should wait before retrying a call refused because the server is busy. */
const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * Apollo plugin: HTTP 503 when an error of the request says Neo4j cannot be reached; a Retry-After
 * header too when an aggregate was refused as SERVER_BUSY (schema/gate-aggregate-fields.ts).
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx) {
          if (ctx.errors?.some((e) => e.extensions?.code === "SERVER_BUSY"))
            ctx.response.http.headers.set("retry-after", String(BUSY_RETRY_AFTER_SECONDS));
          if (!ctx.errors?.some((e) => isUnavailable(unwrapResolverError(e)))) return;
          ctx.response.http.status = 503;
          ctx.response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
