/** Cost estimates worked out by hand with the model in graph-api/src/plugins/limits.ts. */
import { parse, type GraphQLSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../graph-api/src/config.js";
import { estimators } from "../../../graph-api/src/plugins/limits.js";
import { buildSchema } from "../../../graph-api/src/schema/build-schema.js";

let schema: GraphQLSchema;
const options = { maxDepth: 12, maxCost: 50_000, defaultPageSize: 50, maxPageSize: 500, nestedDefault: 5 };
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: estimators(options) });

beforeAll(async () => {
  schema = await buildSchema({ config: loadConfig({}) });
}, 60_000);

describe("query cost", () => {
  it("multiplies a root list by its limit, or DEFAULT_PAGE_SIZE, capped at MAX_PAGE_SIZE", () => {
    expect(cost(`{ brokers(limit: 5) { id name titleLevel } }`)).toBe(1 + 5 * 3); // 16
    expect(cost(`{ brokers { id } }`)).toBe(1 + 50 * 1); // 51
    expect(cost(`query ($n: Int) { brokers(limit: $n) { id } }`, { n: 20 })).toBe(21);
    expect(cost(`{ brokers(limit: 100000) { id } }`)).toBe(1 + 500); // 501
  });

  it("assumes 5 neighbours for a nested list without limit", () => {
    // institutions 1+5·1 = 6; developers 1+5·6 = 31; results 1+5·31 = 156; deals 1+1·156 = 157
    expect(cost(`{ deals(limit: 1) { results { developers { ... on Lab { institutions { name } } } } } }`)).toBe(157);
  });

  it("multiplies a connection by `first`", () => {
    // node 1+1 = 2; edges 1+2 = 3; totalCount 1; connection 1 + 10·(3+1) = 41 (every child of a
    // paged field is multiplied, totalCount included: conservative and simple)
    expect(cost(`{ brokersConnection(first: 10) { totalCount edges { node { id } } } }`)).toBe(41);
  });

  it("puts an abusive nesting far above the limit", () => {
    expect(cost(`{ brokers(limit: 500) { deals(limit: 500) { brokers(limit: 500) { id } } } }`)).toBe(
      1 + 500 * (1 + 500 * (1 + 500)),
    );
  });
});
