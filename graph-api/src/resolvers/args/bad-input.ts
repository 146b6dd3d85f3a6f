/**
 * The one error of a bad argument: BAD_USER_INPUT, the message starting with the argument's name
 * (`limit: …`, `period.from: …`) and the name also in `extensions.argument` for programs.
 *
 * No HTTP status is attached: an argument of one field is a field error, so a response that still
 * carries data for other root fields stays 200 (GraphQL over HTTP, also for
 * `application/graphql-response+json`). Requests that fail before execution (bad variables,
 * validation) keep Apollo's own 400.
 */
import { GraphQLError } from "graphql";

export function badUserInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`${argument}: ${reason}`, { extensions: { code: "BAD_USER_INPUT", argument } });
}
