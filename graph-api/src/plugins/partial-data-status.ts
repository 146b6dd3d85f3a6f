/**
 * Apollo plugin: a response that carries data is an HTTP success. GraphQL over HTTP requires a 2xx
 * status when the `data` entry is present and not null (for `application/graphql-response+json`;
 * `application/json` answers 200 anyway), but Apollo takes the status of any error that sets
 * `extensions.http` — so one root field refused for its role (401/403) would turn the data of the
 * other root fields into an error response. Such statuses stay when no data came back.
 */
import type { ApolloServerPlugin } from "@apollo/server";

export function partialDataStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const status = response.http.status;
          if (status === undefined || status < 300) return;
          if (response.body.kind === "single" && response.body.singleResult.data != null) response.http.status = 200;
        },
      };
    },
  };
}
