/**
 * Which root fields the response cache may keep and which go through the aggregate cap: every
 * custom root field is decided on purpose, so a new one fails here until it is placed.
 */
import { buildSchema as buildSdlSchema, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../graph-api/src/config.js";
import { markCacheableFields } from "../../../graph-api/src/plugins/response-cache.js";
import { isAggregateField } from "../../../graph-api/src/plugins/validation/field-prices.js";
import { createResolvers } from "../../../graph-api/src/resolvers/index.js";
import { buildSchema, customFieldsOf } from "../../../graph-api/src/schema/build-schema.js";
import { loadTypeDefs } from "../../../graph-api/src/schema/type-defs.js";

const config = loadConfig({});
const custom = customFieldsOf(loadTypeDefs(config), createResolvers({ driver: undefined as never, config }));

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ config });
}, 60_000);

describe("root fields under load", () => {
  it("caches no field that reads the stored analytics or the run's state", () => {
    // markCacheableFields is idempotent: it recomputes the flags buildSchema set
    expect(markCacheableFields(schema, custom).sort()).toEqual(
      [
        "Query.analyticsStatus",
        "Query.annualReport",
        "Query.brokerageRoles",
        "Query.memberGaps",
        "Query.networkEvaluation",
        "Query.networkNode",
        "Query.partnerGaps",
        "Query.suggestPartners",
      ].sort(),
    );
    // generated fields are cacheable
    const fields = schema.getQueryType()?.getFields() ?? {};
    expect(fields.brokers?.extensions?.responseCacheable).toBe(true);
    expect(fields.analyticsStatus?.extensions?.responseCacheable).toBe(false);
  });

  it("marks a custom field it does not know as uncacheable", () => {
    const small = buildSdlSchema(`type Query { newAnalysis: Int brokers: Int }`);
    expect(markCacheableFields(small, new Set(["Query.newAnalysis"]))).toEqual(["Query.newAnalysis"]);
  });

  it("gates scans, period analyses and network metrics, not lookups or explorer fields", () => {
    const gated = [...custom].filter(isAggregateField).sort();
    for (const name of [
      "Query.conversionRate",
      "Query.conversionTrend",
      "Query.topBrokers",
      "Query.networkEvaluation",
      "Query.memberGaps",
      "Query.flows",
    ])
      expect(gated).toContain(name);
    for (const name of [
      "Query.resultJourney",
      "Query.node",
      "Query.subgraph",
      "Query.search",
      "Query.dealsPage",
      "Query.analyticsStatus",
    ])
      expect(gated).not.toContain(name);
  });
});
