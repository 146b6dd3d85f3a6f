/**
 * Apollo plugin: @neo4j/graphql answers every failed `@authentication` rule with "Unauthenticated",
 * also when the caller did sign in but lacks the role (an `alliance` token on a mutation that needs
 * `admin`). The API's contract is UNAUTHENTICATED for no (valid) token and FORBIDDEN for a token
 * without the role, as `requireRole` does for the custom fields; this plugin applies it to the
 * generated fields too, once the errors are formatted.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "../auth/context.js";

const FORBIDDEN = "Forbidden: your role may not do this";

export function roleErrorsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.jwt || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!result.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return;
          result.errors = result.errors.map((e) =>
            e.extensions?.code === "UNAUTHENTICATED"
              ? { ...e, message: FORBIDDEN, extensions: { ...e.extensions, code: "FORBIDDEN" } }
              : e,
          );
        },
      };
    },
  };
}
