/**
 * Apollo plugin: one structured log line per GraphQL request — operation name and type,
 * duration, error codes — never variables or the query text (they may hold personal data).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";

export interface LoggingOptions {
  logger: Logger;
  /** Requests slower than this are logged at warn level. Default 1000 ms. */
  slowMs?: number;
}

export function loggingPlugin({ logger, slowMs = 1000 }: LoggingOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let errorCodes: string[] = [];
      return {
        async didEncounterErrors(ctx) {
          errorCodes = ctx.errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
        },
        async willSendResponse(ctx) {
          const ms = Math.round(performance.now() - started);
          const entry = {
            operation: ctx.operationName ?? undefined,
            type: ctx.operation?.operation,
            ms,
            ...(errorCodes.length ? { errors: errorCodes } : {}),
          };
          if (errorCodes.length || ms >= slowMs) logger.warn(entry, "graphql");
          else logger.info(entry, "graphql");
        },
      };
    },
  };
}
