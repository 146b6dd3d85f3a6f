import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createFormatError } from "../../../graph-api/src/plugins/mask-errors.js";
import { QueryTimeoutError } from "../../../graph-api/src/db/errors.js";

/** Same shape as @neo4j/graphql's (not exported): its auth failures are `new Neo4jGraphQLError("Unauthenticated")`. */
class Neo4jGraphQLError extends GraphQLError {}

const logger = pino({ level: "silent" });
const masked = createFormatError({ mask: true, logger });
const open = createFormatError({ mask: false, logger });

/** What Apollo passes: the formatted error and the GraphQLError wrapping what a resolver threw. */
function fromResolver(thrown: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(thrown.message, { path: ["brokers"], originalError: thrown });
  const formatted: GraphQLFormattedError = {
    message: thrown.message,
    path: ["brokers"],
    extensions: { code: (thrown as GraphQLError).extensions?.code ?? "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] },
  };
  return [formatted, wrapped];
}

describe("error masking", () => {
  it("hides unexpected errors in production", () => {
    const r = masked(...fromResolver(new Error("Neo.ClientError.Statement.SyntaxError: MATCH (n) RETURN n")));
    expect(r).toEqual({
      message: "Unexpected error",
      path: ["brokers"],
      locations: undefined,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("keeps the message and code of errors thrown on purpose, without stack", () => {
    const r = masked(
      ...fromResolver(new GraphQLError('This field needs the role "alliance"', { extensions: { code: "FORBIDDEN" } })),
    );
    expect(r).toEqual({
      message: 'This field needs the role "alliance"',
      path: ["brokers"],
      locations: undefined,
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("gives library and database errors a code of their own", () => {
    expect(masked(...fromResolver(new Neo4jGraphQLError("Unauthenticated"))).extensions?.code).toBe("UNAUTHENTICATED");
    expect(masked(...fromResolver(new Neo4jGraphQLError("Forbidden"))).extensions?.code).toBe("FORBIDDEN");
    const timeout = masked(...fromResolver(new QueryTimeoutError("The query took too long and was stopped (x/y)")));
    expect(timeout).toMatchObject({
      message: "The query took too long and was stopped",
      extensions: { code: "QUERY_TIMEOUT" },
    });
    const neo = Object.assign(new Error("Transaction timed out ... ::: Cypher ..."), {
      code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    });
    expect(masked(...fromResolver(neo))).toMatchObject({
      message: "The query took too long and was stopped",
      extensions: { code: "QUERY_TIMEOUT" },
    });
  });

  it("passes errors through unmasked outside production", () => {
    const [formatted, error] = fromResolver(new Error("details for developers"));
    expect(open(formatted, error)).toEqual(formatted);
  });
});

describe("suggestions", () => {
  const validation = (message: string): [GraphQLFormattedError, unknown] => [
    { message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
    new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
  ];

  it('are cut from every message in production ("Did you mean …?" would name hidden fields)', () => {
    for (const [message, cut] of [
      [
        'Cannot query field "phon" on type "Broker". Did you mean "phone"?',
        'Cannot query field "phon" on type "Broker".',
      ],
      [
        'Value "SENOR" does not exist in "TitleLevel" enum. Did you mean the enum value "SENIOR" or "JUNIOR"?',
        'Value "SENOR" does not exist in "TitleLevel" enum.',
      ],
      [
        'Unknown argument "limt" on field "Query.brokers". Did you mean "limit"?',
        'Unknown argument "limt" on field "Query.brokers".',
      ],
    ]) {
      expect(masked(...validation(message as string)).message).toBe(cut);
      expect(open(...validation(message as string)).message).toBe(message);
    }
  });
});
