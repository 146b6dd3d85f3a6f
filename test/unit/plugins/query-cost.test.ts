/** Cost estimates worked out by hand with the model in graph-api/src/plugins/validation/query-cost.ts. */
import { buildSchema as buildSdlSchema, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../graph-api/src/config.js";
import { createResolvers } from "../../../graph-api/src/resolvers/index.js";
import {
  FIELD_PRICES,
  UNPRICED_CUSTOM_FIELD,
  priceCustomFields,
} from "../../../graph-api/src/plugins/validation/field-prices.js";
import { checkCost, estimateCost } from "../../../graph-api/src/plugins/validation/query-cost.js";
import { buildSchema, customFieldsOf } from "../../../graph-api/src/schema/build-schema.js";
import { loadTypeDefs } from "../../../graph-api/src/schema/type-defs.js";

let schema: GraphQLSchema;
const options = { maxCost: 50_000, maxFields: 2_000, defaultPageSize: 50, maxPageSize: 500, nestedDefault: 5 };
const cost = (query: string, variables: Record<string, unknown> = {}, o = options) =>
  estimateCost({ schema, document: parse(query), variables }, o);

beforeAll(async () => {
  schema = await buildSchema({ config: loadConfig({}) });
}, 60_000);

describe("query cost of generated fields", () => {
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

describe("query cost of custom fields", () => {
  it("prices conversionTrend by its years, from period or the deprecated fromYear/toYear alike", () => {
    const one = cost(`{ conversionTrend(period: { year: 2024 }) { overall { deals } } }`);
    const twenty = cost(`query ($p: DatePeriod) { conversionTrend(period: $p) { overall { deals } } }`, {
      p: { from: "2007-01-01", to: "2026-12-31" },
    });
    expect(twenty).toBe(20 * one);
    expect(cost(`{ conversionTrend(fromYear: 2007, toYear: 2026) { overall { deals } } }`)).toBe(twenty);
    // A range the resolver refuses (more than 20 years) is priced as 20, never more work than allowed.
    expect(cost(`{ conversionTrend(period: { from: "1950-01-01", to: "2026-12-31" }) { overall { deals } } }`)).toBe(
      twenty,
    );
  });

  it("prices shortestPath by its hops: 300 paths of 10 hops are refused, one is not", () => {
    const one = cost(`{ shortestPath(fromId: "A", toId: "B", maxHops: 10) { nodes { id } } }`);
    expect(one).toBeGreaterThan(10_000);
    expect(one).toBeLessThan(options.maxCost);
    expect(cost(`{ shortestPath(fromId: "A", toId: "B", maxHops: 2) { nodes { id } } }`)).toBeLessThan(one / 4);
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `p${i}: shortestPath(fromId: "A", toId: "B", maxHops: 10) { nodes { id } }`,
    );
    expect(() => checkCost({ schema, document: parse(`{ ${aliases.join(" ")} }`), variables: {} }, options)).toThrow(
      /too expensive/,
    );
  });

  it("prices subgraph by its ids: 100 subgraphs of 2,000 ids are refused, one is not", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `ENT-${i}`);
    const one = cost(`query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } edges { id } } }`, { ids });
    expect(one).toBeGreaterThan(20_000);
    expect(one).toBeLessThan(options.maxCost);
    const aliases = Array.from({ length: 100 }, (_, i) => `s${i}: subgraph(ids: $ids) { nodes { id } }`);
    expect(() =>
      checkCost(
        { schema, document: parse(`query ($ids: [ID!]!) { ${aliases.join(" ")} }`), variables: { ids } },
        options,
      ),
    ).toThrow(/too expensive/);
  });

  it("prices analytics by their first computation: two network evaluations fit, three do not", () => {
    const net = (alias: string, year: number) =>
      `${alias}: networkEvaluation(from: "${year}-01-01", to: "${year}-12-31") { nodeCount }`;
    expect(cost(`{ ${net("a", 2023)} }`)).toBeGreaterThan(options.maxCost / 3);
    expect(() =>
      checkCost({ schema, document: parse(`{ ${net("a", 2023)} ${net("b", 2024)} }`), variables: {} }, options),
    ).not.toThrow();
    expect(() =>
      checkCost(
        { schema, document: parse(`{ ${net("a", 2022)} ${net("b", 2023)} ${net("c", 2024)} }`), variables: {} },
        options,
      ),
    ).toThrow(/too expensive/);
  });

  it("has a price for every custom field of the schema", () => {
    const config = loadConfig({});
    const custom = customFieldsOf(loadTypeDefs(config), createResolvers({ driver: undefined as never, config }));
    expect(custom.size).toBeGreaterThan(20);
    expect([...custom].filter((name) => !FIELD_PRICES[name])).toEqual([]);
  });

  it("charges a custom field without a price the heaviest class, never 1", () => {
    const small = buildSdlSchema(`type Query { newAnalysis(year: Int!): Int brokers(limit: Int): [Int] }`);
    const unpriced = priceCustomFields(small, ["Query.newAnalysis"], { defaultPageSize: 50, maxPageSize: 500 });
    expect(unpriced).toEqual(["Query.newAnalysis"]);
    const price = estimateCost(
      { schema: small, document: parse(`{ newAnalysis(year: 2024) }`), variables: {} },
      options,
    );
    expect(price).toBe(UNPRICED_CUSTOM_FIELD);
  });
});

describe("the cost limit cannot be switched off", () => {
  it("refuses a document that expands to more fields than MAX_QUERY_FIELDS instead of letting it through", () => {
    // 10,001 aliases of __typename: the complexity library stops counting at its node limit and
    // throws; that error used to be swallowed, letting a query of cost 125 million through.
    const aliases = Array.from({ length: 10_001 }, (_, i) => `t${i}: __typename`).join(" ");
    const query = `{ ${aliases} brokers(limit: 500) { deals(limit: 500) { brokers(limit: 500) { id } } } }`;
    expect(() => checkCost({ schema, document: parse(query, { maxTokens: 100_000 }), variables: {} }, options)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_FIELDS" }),
      }),
    );
  });

  it("refuses a fragment bomb by its expanded size", () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i < 29 ? `fragment F${i} on Broker { id ...F${i + 1} ...F${i + 1} }` : `fragment F29 on Broker { id }`,
    );
    const query = `{ brokers(limit: 1) { ...F0 } } ${fragments.join(" ")}`;
    expect(() => checkCost({ schema, document: parse(query), variables: {} }, options)).toThrow(/more than 2000/);
  });

  it("refuses variables that do not fit their types as BAD_USER_INPUT", () => {
    expect(() =>
      checkCost({ schema, document: parse(`query ($n: Int!) { brokers(limit: $n) { id } }`), variables: {} }, options),
    ).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
  });
});
