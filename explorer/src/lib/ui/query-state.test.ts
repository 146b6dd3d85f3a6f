import { CombinedError } from "urql";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { plannerMessage } from "./query-state";

const t = (key: string) => key;
const gqlError = (message: string, code?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })] });

describe("plannerMessage", () => {
  it("says what happened and what to do instead of the database's words", () => {
    expect(plannerMessage(gqlError("The query took too long (tracing/aggregate-flows)", "QUERY_TIMEOUT"), t)).toBe(
      "analysis.timeout",
    );
    expect(plannerMessage(gqlError("Neo.TransientError.General.MemoryPoolOutOfMemoryError: The allocation …"), t)).toBe(
      "analysis.tooHeavy",
    );
    expect(plannerMessage(gqlError("Unexpected error", "INTERNAL_SERVER_ERROR"), t)).toBe("analysis.serverError");
    expect(plannerMessage(new CombinedError({ networkError: new Error("fetch failed") }), t)).toBe("analysis.apiDown");
  });
  it("keeps the message of an input error, which tells the planner what to change", () => {
    expect(plannerMessage(gqlError("from: must not be after to", "BAD_USER_INPUT"), t)).toBe(
      "analysis.badInput from: must not be after to",
    );
  });
});
