/**
 * TTGraph as an Apollo Federation 2 subgraph (FEDERATION=true) composed by a real gateway with a
 * second, tiny subgraph that adds a credit rating to nodes: the nodes analytics results point to
 * (`NodeRef`) are entities, so the gateway resolves the other subgraph's field on a journey's
 * buyer, and `_entities` answers NodeRef representations directly.
 */
import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { GraphQLClient } from "graphql-request";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRACING_NODES, TRACING_RELS } from "../../fixtures/tracing-graph.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { createGraph } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";

/** What the other system knows: a rating per node id, on NodeRef and on Enterprise. */
const RATINGS: Record<string, string> = { "TRC-EN1": "AA", "TRC-EN2": "B" };
const CREDIT_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type NodeRef @key(fields: "id") {
    id: ID!
    "Credit rating from the credit system."
    creditRating: String
  }
  type Enterprise @key(fields: "id") {
    id: ID!
    creditRating: String
  }
`);
const rated = (ref: { id: string }) => ({ ...ref, creditRating: RATINGS[ref.id] ?? null });

let driver: Driver;
let ttgraph: TestApi;
let credit: ApolloServer;
let gateway: ApolloServer;
let gatewayUrl: string;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(driver, TRACING_NODES, TRACING_RELS);
  ttgraph = await startTestApi(driver, { FEDERATION: "true" });
  credit = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: CREDIT_SDL,
      resolvers: { NodeRef: { __resolveReference: rated }, Enterprise: { __resolveReference: rated } },
    }),
  });
  const { url: creditUrl } = await startStandaloneServer(credit, { listen: { port: 0, host: "127.0.0.1" } });
  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: "ttgraph", url: `${ttgraph.url}/graphql` },
          { name: "credit", url: creditUrl },
        ],
      }),
    }),
  });
  ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0, host: "127.0.0.1" } }));
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await credit?.stop();
  await ttgraph?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

describe("federation", () => {
  it("the gateway resolves another subgraph's field on a journey's buyer (a NodeRef)", async () => {
    const client = new GraphQLClient(gatewayUrl);
    const data = await client.request<{
      resultJourney: { deals: { id: string; buyer: { id: string; name: string; creditRating: string | null } }[] };
    }>(`{ resultJourney(id: "TRC-R1") { deals { id buyer { id name type creditRating } } } }`);
    expect(data.resultJourney.deals).toEqual([
      { id: "TRC-DL1", buyer: { id: "TRC-EN1", name: "企业一", type: "Enterprise", creditRating: "AA" } },
      { id: "TRC-DL2", buyer: { id: "TRC-EN2", name: "企业二", type: "Enterprise", creditRating: "B" } },
    ]);
  });

  it("and on the generated node types as before", async () => {
    const data = await new GraphQLClient(gatewayUrl).request<{ enterprises: unknown[] }>(
      `{ enterprises(where: { id: { eq: "TRC-EN2" } }) { id name creditRating } }`,
    );
    expect(data.enterprises).toEqual([{ id: "TRC-EN2", name: "企业二", creditRating: "B" }]);
  });

  it("_entities resolves NodeRef representations from the node (null for an unknown id)", async () => {
    const r = await ttgraph.gql<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on NodeRef { id name type } } }`,
      {
        variables: {
          r: [
            { __typename: "NodeRef", id: "TRC-R1" },
            { __typename: "NodeRef", id: "TRC-NONE" },
          ],
        },
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities).toEqual([{ id: "TRC-R1", name: expect.any(String), type: "Result" }, null]);
  });
});
