import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createFormatError } from "../../../graph-api/src/plugins/mask-errors.js";
import { QueryTimeoutError } from "../../../graph-api/src/db/errors.js";

/** Same shape as @neo4j/graphql's (not exported): its auth failures are `new Neo4jGraphQLError("Unauthenticated")`. */
class Neo4jGraphQLError extends GraphQLError {}

const logger = pino({ level: "silent" });
const limits = { maxTokens: 2000, maxFields: 1000 };
const masked = createFormatError({ mask: true, logger, limits });
const open = createFormatError({ mask: false, logger, limits });

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
  it("names the limits the libraries enforce, and production keeps a refusal's details", () => {
    const tokens: GraphQLFormattedError = {
      message: "Syntax Error: Document contains more that 2000 tokens. Parsing aborted.",
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    };
    const fields: GraphQLFormattedError = {
      message: "Anonymous operation recursively requests too many selections.",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", validationErrorCode: "MAX_RECURSIVE_SELECTIONS_EXCEEDED" },
    };
    for (const format of [masked, open]) {
      expect(format(tokens, new GraphQLError(tokens.message))).toMatchObject({
        message: expect.stringContaining("(MAX_TOKENS)"),
        extensions: { code: "GRAPHQL_PARSE_FAILED", limit: "MAX_TOKENS", max: 2000 },
      });
      expect(format(fields, new GraphQLError(fields.message))).toMatchObject({
        message: expect.stringContaining("more than 1000 fields"),
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "MAX_QUERY_FIELDS", max: 1000 },
      });
    }
    const cost = new GraphQLError("The query costs 9000, more than 5000 (MAX_QUERY_COST)", {
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_COST", max: 5000, cost: 9000 },
    });
    expect(masked({ message: cost.message, extensions: { ...cost.extensions, stacktrace: ["at x"] } }, cost)).toEqual({
      message: cost.message,
      locations: undefined,
      path: undefined,
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_COST", max: 5000, cost: 9000 },
    });
  });

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

describe("errors from Neo4j", () => {
  /** What the driver throws: a Neo4jError whose message quotes the statement. */
  function neo4jError(message: string, code: string): Error {
    return Object.assign(new Error(message), { name: "Neo4jError", code });
  }

  it("never show Neo4j's text or stack, also outside production: a fixed message and the code", () => {
    const raw = neo4jError(
      "Invalid input. '-1' is not a valid value. Must be a non-negative integer. (line 4, column 7 (offset: 81)) \"LIMIT $param0\"",
      "Neo.ClientError.Statement.ArgumentError",
    );
    for (const format of [open, masked]) {
      const r = format(...fromResolver(raw));
      expect(r).toEqual({
        message: "The graph database could not run this request",
        path: ["brokers"],
        locations: undefined,
        extensions: { code: "DATABASE_ERROR" },
      });
    }
    const noCode = neo4jError("Variable `this0` not defined", "");
    expect(open(...fromResolver(noCode)).message).toBe("The graph database could not run this request");
  });

  it("also when wrapped by the database layer (the cause is the Neo4j error)", () => {
    const wrapped = new Error(
      "Database error in explore/search-entities: Neo.ClientError.Procedure.ProcedureCallFailed",
      {
        cause: neo4jError(
          "Failed to invoke procedure `db.index.fulltext.queryNodes`: Lucene …",
          "Neo.ClientError.Procedure.ProcedureCallFailed",
        ),
      },
    );
    const r = open(...fromResolver(wrapped));
    expect(JSON.stringify(r)).not.toMatch(/Lucene|procedure|stack/i);
    expect(r.extensions?.code).toBe("DATABASE_ERROR");
  });
});
