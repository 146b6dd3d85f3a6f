/**
 * Apollo plugin: after a mutation that wrote without errors, bump the graph version
 * (`(:TTGraphMeta {key:'graph'}).version`), as an import does. Analytics caches in every API
 * process key on that version, so a write through GraphQL invalidates them everywhere —
 * the processes stay stateless behind a load balancer.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { ApiContext } from "../auth/context.js";
import { runQuery } from "../db/run-query.js";

export interface GraphVersionOptions {
  logger: Logger;
}

/** Runs in the request's context: its database and timeout. */
export function graphVersionPlugin({ logger }: GraphVersionOptions): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx) {
          if (ctx.operation?.operation !== "mutation" || (ctx.errors?.length ?? 0) > 0) return;
          try {
            await runQuery(ctx.contextValue.request, "ingest/bump-graph-version", {}, { mode: "WRITE" });
          } catch (e) {
            // The write itself succeeded; a stale cache is the lesser harm than failing the response.
            logger.warn({ err: (e as Error).message }, "could not bump the graph version after a mutation");
          }
        },
      };
    },
  };
}
