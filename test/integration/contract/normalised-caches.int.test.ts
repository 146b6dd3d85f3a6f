/**
 * Analytics answers in normalised client caches: Apollo Client's InMemoryCache and urql's
 * Graphcache, with their default keys (`__typename` + `id`), give back what the server answered —
 * within one query (a broker who is LEAD on one deal of a journey and SUPPORT on another) and
 * across queries (a year or period asked for, then another, then the first read back from the
 * cache). The types whose fields depend on the arguments have no id of their own and point to
 * their node through a NodeRef, which is the same whatever the arguments (a community, whose number
 * is only an index within its period, has no id at all).
 *
 * The control keys those types by their node's id, as the schema used to: the same cache then
 * answers wrongly in every case, so each case is one that a wrong key would break.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql, type TypePolicies } from "@apollo/client";
import { cacheExchange } from "@urql/exchange-graphcache";
import type { Driver } from "neo4j-driver";
import { runAnalytics } from "../../../graph-api/src/graph/analytics/run-analytics.js";
import type { Role } from "../../../graph-api/src/auth/roles.js";
import { Client, fetchExchange } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRACING_NODES, TRACING_RELS } from "../../fixtures/tracing-graph.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { createGraph, type FixtureRel } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";

// 2023 as well: B2 brokered DL5 (LEAD) and A1 served it, so both are ranked in 2023 and in 2024.
// Placed agencies and employed brokers, so that their brokerage roles can be classified, and B2's
// employer EN2 takes part in DL5: 2023's largest community (U1, EN1, A1, EN2) is not 2024's.
const EXTRA: FixtureRel[] = [
  ["TRC-B2", "BROKERED", "TRC-DL5", { role: "LEAD" }],
  ["TRC-A1", "SERVED", "TRC-DL5"],
  ["TRC-A1", "LOCATED_IN", "TRC-D1"],
  ["TRC-A2", "LOCATED_IN", "TRC-D2"],
  ["TRC-B1", "EMPLOYED_BY", "TRC-A1"],
  ["TRC-B2", "EMPLOYED_BY", "TRC-EN2"],
];

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/** An organisation's or intermediary's node (the pointer every keyed control below reads). */
const byNode = (field: string): TypePolicies[string] => ({ keyFields: [field, ["id"]] });

/** A query and the variables of the answers that must not mix (one set: within one answer). */
interface Case {
  query: string;
  variables: Record<string, unknown>[];
  /** Keys that identify the answer's entries by their node, as the old schema's `id` did. */
  nodeKeys: TypePolicies;
  /** The role the fields need (suggestPartners: alliance). */
  role?: Role;
}

const CASES: Record<string, Case> = {
  "a journey's brokers, LEAD on one deal and SUPPORT on another": {
    query: `query ($id: ID!) { resultJourney(id: $id) { result { id name } deals { id brokers { broker { id name } role } } } }`,
    variables: [{ id: "TRC-R1" }],
    nodeKeys: { TraceBroker: { keyFields: ["broker", ["id"]] } },
  },
  "enterpriseSources of EN1, then of EN2 (B2: SUPPORT on EN1's deal, LEAD on EN2's)": {
    query: `query ($id: ID!) { enterpriseSources(id: $id) { brokers { broker { id name } deals leadDeals } } }`,
    variables: [{ id: "TRC-EN1" }, { id: "TRC-EN2" }],
    nodeKeys: { SourceBroker: { keyFields: ["broker", ["id"]] } },
  },
  "conversionRate of 2024, then of 2023": {
    query: `query ($p: DatePeriod!) { conversionRate(period: $p, groupBy: SELLER_DISTRICT) { groups { node { id name } figures { deals onSiteDeals } } } }`,
    variables: [{ p: year(2024) }, { p: year(2023) }],
    nodeKeys: { ConversionGroup: { keyFields: ["node", ["id"]] } },
  },
  "topBrokers of 2024, then of 2023": {
    query: `query ($y: Int!) { topBrokers(period: { year: $y }) { rank broker { id name } score } }`,
    variables: [{ y: 2024 }, { y: 2023 }],
    nodeKeys: { RankedBroker: { keyFields: ["broker", ["id"]] } },
  },
  "topAgencies of 2024, then of 2023": {
    query: `query ($y: Int!) { topAgencies(period: { year: $y }) { rank agency { id name } score } }`,
    variables: [{ y: 2024 }, { y: 2023 }],
    nodeKeys: { RankedAgency: { keyFields: ["agency", ["id"]] } },
  },
  "agencyEvaluation of 2024, then of 2023": {
    query: `query ($y: Int!) { agencyEvaluation(period: { year: $y }) { agency { id name } deals previousDeals } }`,
    variables: [{ y: 2024 }, { y: 2023 }],
    nodeKeys: { AgencyEvaluation: { keyFields: ["agency", ["id"]] } },
  },
  // The stored network analytics of each calendar year (EN1: U1, A1 in 2023; L1, U1, A1 in 2024).
  "networkNode of 2024, then of 2023": {
    query: `query ($id: ID!, $p: DatePeriod) { networkNode(id: $id, period: $p) { organisation { id name } degree weightedDegree pagerank ranks { degree } } }`,
    variables: [
      { id: "TRC-EN1", p: { year: 2024 } },
      { id: "TRC-EN1", p: { year: 2023 } },
    ],
    nodeKeys: { NetworkNode: byNode("organisation") },
  },
  "networkEvaluation's communities of 2024, then of 2023": {
    query: `query ($p: DatePeriod) { networkEvaluation(period: $p) { communities { number size topMembers { id name } } } }`,
    variables: [{ p: { year: 2024 } }, { p: { year: 2023 } }],
    nodeKeys: { NetworkCommunity: { keyFields: ["number"] } },
  },
  "networkEvaluation's intermediaries of 2024, then of 2023": {
    query: `query ($p: DatePeriod) { networkEvaluation(period: $p) { intermediaries { node { id name } roles { total coordinator liaison } } } }`,
    variables: [{ p: { year: 2024 } }, { p: { year: 2023 } }],
    nodeKeys: { Intermediary: byNode("node") },
  },
  "flows of 2024, then of 2023 (U1 and 高新区 in both)": {
    query: `query ($p: DatePeriod!) { flows(period: $p) { nodes { key node { id name } side value } } }`,
    variables: [{ p: { year: 2024 } }, { p: { year: 2023 } }],
    // The folded nodes point to no node; the old schema's id of those was `~OTHER`/`~UNPLACED`.
    nodeKeys: {
      FlowNode: { keyFields: (o) => `FlowNode:${(o.node as { id?: string } | null)?.id ?? String(o.key)}` },
    },
  },
  "suggestPartners of A1, then of EN1 (both are suggested A2, with different scores)": {
    query: `query ($org: ID!) { suggestPartners(orgId: $org) { partner { id name } score breakdown { name value contribution } reasons } }`,
    variables: [{ org: "TRC-A1" }, { org: "TRC-EN1" }],
    nodeKeys: { PartnerSuggestion: byNode("partner") },
    role: "alliance",
  },
};

/** The answer without the `__typename` fields the caches add to every selection. */
function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== "__typename")
      .map(([k, v]) => [k, withoutTypenames(v)]),
  );
}

let driver: Driver;
let api: TestApi;
/** The server's own answers, per case, in the order of `variables`. */
const served = new Map<string, unknown[]>();

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(driver, TRACING_NODES, [...TRACING_RELS, ...EXTRA]);
  await runAnalytics(driver); // the network, per-year and partner lists the network and gap fields read
  api = await startTestApi(driver);
  for (const [name, { query, variables, role }] of Object.entries(CASES)) {
    const answers: unknown[] = [];
    for (const v of variables) {
      const res = await api.gql(query, { variables: v, role });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      answers.push(res.data);
    }
    served.set(name, answers);
  }
});
afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

/** Every answer of a case, fetched in order and then read back from the cache. */
type ReadBack = (query: string, variables: Record<string, unknown>[], role?: Role) => Promise<unknown[]>;

/** The bearer header of a role, or none. */
const authorization = async (role?: Role): Promise<Record<string, string>> =>
  role ? { authorization: `Bearer ${await api.token(role)}` } : {};

function apolloReadBack(typePolicies: TypePolicies = {}): ReadBack {
  return async (query, variables, role) => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${api.url}/graphql`, headers: await authorization(role) }),
      cache: new InMemoryCache({ typePolicies }),
    });
    const doc = gql(query);
    for (const v of variables) await client.query({ query: doc, variables: v, fetchPolicy: "network-only" });
    const cached: unknown[] = [];
    for (const v of variables) {
      const res = await client.query({ query: doc, variables: v, fetchPolicy: "cache-only" });
      cached.push(withoutTypenames(res.data));
    }
    return cached;
  };
}

const urqlReadBack: ReadBack = async (query, variables, role) => {
  // POST, as the explorer sends (a GET without a preflight header is refused: CSRF prevention)
  const client = new Client({
    url: `${api.url}/graphql`,
    exchanges: [cacheExchange({}), fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: await authorization(role) },
  });
  for (const v of variables) {
    const res = await client.query(query, v, { requestPolicy: "network-only" }).toPromise();
    expect(res.error).toBeUndefined();
  }
  const cached: unknown[] = [];
  for (const v of variables) {
    const res = await client.query(query, v, { requestPolicy: "cache-only" }).toPromise();
    cached.push(withoutTypenames(res.data));
  }
  return cached;
};

describe("analytics answers in normalised client caches equal the server's", () => {
  it.each(Object.keys(CASES))("Apollo InMemoryCache: %s", async (name) => {
    const { query, variables, role } = CASES[name]!;
    expect(await apolloReadBack()(query, variables, role)).toEqual(served.get(name));
  });

  it.each(Object.keys(CASES))("urql Graphcache: %s", async (name) => {
    const { query, variables, role } = CASES[name]!;
    expect(await urqlReadBack(query, variables, role)).toEqual(served.get(name));
  });

  it.each(Object.keys(CASES))("control, keyed by the node's id as before: %s", async (name) => {
    const { query, variables, nodeKeys, role } = CASES[name]!;
    expect(await apolloReadBack(nodeKeys)(query, variables, role)).not.toEqual(served.get(name));
  });
});
