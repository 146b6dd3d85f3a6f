/**
 * One request context: every statement a request runs — custom fields, the generated API (also the
 * nodes of keyset pages and the edges of bounded connections), the graph-version bump after a
 * mutation, the federation entity resolver and the white paper's route — opens its transaction
 * with the configured database name and the request timeout (QUERY_TIMEOUT_MS).
 *
 * Neo4j Community hosts one user database, so a second database cannot prove it by answers: the
 * API runs on a driver that records how each transaction is opened (test/helpers/recording-driver.ts)
 * and every recorded opening must name NEO4J_DATABASE and carry the timeout. An operation that
 * drops either (a `runQuery(driver, …)` without them, a session without a database) fails here.
 * The table holds one document per custom root field; a new field without a document fails too.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customFieldsOf } from "../../../graph-api/src/schema/build-schema.js";
import { loadTypeDefs } from "../../../graph-api/src/schema/type-defs.js";
import { createResolvers } from "../../../graph-api/src/resolvers/index.js";
import { runAnalytics } from "../../../graph-api/src/graph/analytics/run-analytics.js";
import { importPackage } from "../../../graph-api/src/ingest/import-package.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { copyPackage } from "../../helpers/ingest-fixtures.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";
import { recordingDriver, type OpenedTransaction } from "../../helpers/recording-driver.js";
import { testConfig } from "../../helpers/test-config.js";

const DATABASE = "neo4j";
const TIMEOUT_MS = 14_321;
const SETTINGS = { NEO4J_DATABASE: DATABASE, QUERY_TIMEOUT_MS: String(TIMEOUT_MS) };

/**
 * One document per custom root field, on the small fixture package (ids RES-1, DEAL-1, BRK-1, …).
 * `alliance`: sent with an alliance token.
 */
const FIELDS: Record<string, { query: string; alliance?: boolean }> = {
  search: { query: `{ search(text: "芯片") { id name } }` },
  searchPage: { query: `{ searchPage(text: "芯片") { total nodes { id } typeCounts { type count } } }` },
  nodesByType: { query: `{ nodesByType(type: District) { id name } }` },
  node: { query: `{ node(id: "DEAL-1") { id name degree } }` },
  neighbourCounts: { query: `{ neighbourCounts(id: "DEAL-1") { relType count } }` },
  expand: { query: `{ expand(id: "DEAL-1", groupAbove: 1) { total nodes { id } edges { id } groups { count } } }` },
  neighbourYears: {
    query: `{ neighbourYears(id: "BRK-1", relType: BROKERED, direction: OUT, neighbourType: Deal) { year count } }`,
  },
  subgraph: { query: `{ subgraph(ids: ["DEAL-1", "BRK-1", "RES-1"]) { nodes { id } edges { id } } }` },
  shortestPath: { query: `{ shortestPath(fromId: "BRK-1", toId: "ENT-1") { nodes { id } } }` },
  networkEvaluation: {
    query: `{ networkEvaluation { status nodeCount nodes { organisation { id } } intermediaries { node { id } } } }`,
  },
  networkNode: { query: `{ networkNode(id: "INS-SCU", period: { year: 2024 }) { organisation { id } degree } }` },
  brokerageRoles: { query: `{ brokerageRoles(id: "AGN-1") { node { id } roles { total } } }` },
  analyticsStatus: { query: `{ analyticsStatus { graphVersion running periods { period } } }` },
  partnerGaps: { query: `{ partnerGaps { chainId gap } }`, alliance: true },
  memberGaps: {
    query: `{ memberGaps(period: { from: "2024-01-01", to: "2024-12-31" }) { memberId } }`,
    alliance: true,
  },
  suggestPartners: { query: `{ suggestPartners(orgId: "ENT-1") { partner { id } score } }`, alliance: true },
  matchResults: { query: `{ matchResults(demandId: "DMD-1") { items { result { id } score } } }` },
  recommendBrokers: { query: `{ recommendBrokers(demandId: "DMD-1") { items { broker { id } score } } }` },
  topBrokers: { query: `{ topBrokers(period: { year: 2024 }) { broker { id } score } }` },
  topAgencies: { query: `{ topAgencies(year: 2024) { agency { id } score } }` },
  topCases: { query: `{ topCases(year: 2024) { deal { id } score } }` },
  agencyEvaluation: { query: `{ agencyEvaluation(year: 2024) { agency { id } deals } }` },
  conversionRate: {
    query: `{ conversionRate(period: { from: "2024-01-01", to: "2024-12-31" }) { overall { deals } groups { node { id } } } }`,
  },
  conversionTrend: {
    query: `{ conversionTrend(period: { from: "2023-01-01", to: "2024-12-31" }) { overall { deals } } }`,
  },
  annualReport: {
    query: `{ annualReport(year: 2024) { year headline { key value } network { status } } }`,
    alliance: true,
  },
  kpiProgress: { query: `{ kpiProgress(period: { year: 2024 }) { indicators { key current } } }` },
  flows: { query: `{ flows(period: { from: "2024-01-01", to: "2024-12-31" }) { totalDeals nodes { key } } }` },
  resultJourney: { query: `{ resultJourney(id: "RES-1") { deals { id brokers { name role } } } }` },
  enterpriseSources: { query: `{ enterpriseSources(id: "ENT-1") { totalDeals } }` },
  resultsByDeals: { query: `{ resultsByDeals { total items { id } } }` },
  dealsPage: {
    query: `{ dealsPage(first: 2, period: { year: 2024 }) { edges { cursor node { id name results { id } } } } }`,
  },
  resultsPage: { query: `{ resultsPage(first: 2, chainId: "CHN-IC") { edges { node { id name } } } }` },
  brokersPage: { query: `{ brokersPage(first: 2) { edges { node { id name deals { id } } } } }` },
};

/** Other paths of a request: the generated API and its bounded connections. */
const GENERATED: Record<string, string> = {
  "generated list": `{ deals(limit: 2, where: { results: { some: { id: { eq: "RES-1" } } } }) { id brokers { id } } }`,
  "bounded connection": `{ dealsConnection(first: 2, sort: [{ signedOn: DESC }]) { edges { node { id } } totalCount } }`,
  "connection aggregate": `{ brokersConnection { aggregate { count { nodes } } } }`,
};

let raw: Driver;
let recorded: { driver: Driver; opened: OpenedTransaction[] };
let api: TestApi;

beforeAll(async () => {
  raw = testDriver();
  await resetDatabase(raw);
  await importPackage(raw, await copyPackage());
  expect((await runAnalytics(raw)).status).toBe("done");
  recorded = recordingDriver(raw);
  api = await startTestApi(recorded.driver, SETTINGS);
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await resetDatabase(raw);
  await raw?.close();
});

/** The transactions `run` opened, which must be at least one. */
async function openedBy(run: () => Promise<void>): Promise<OpenedTransaction[]> {
  recorded.opened.length = 0;
  await run();
  return [...recorded.opened];
}

/**
 * Openings without the configured database or the request timeout. An aggregate that waited for a
 * slot of the concurrency cap gets what is left of the timeout, so "under the timeout" is a
 * timeout of at least 1 ms and at most QUERY_TIMEOUT_MS (never none, never the driver's default).
 */
const astray = (opened: OpenedTransaction[]) =>
  opened.filter(
    (o) =>
      o.database !== DATABASE || !(typeof o.timeoutMs === "number" && o.timeoutMs >= 1 && o.timeoutMs <= TIMEOUT_MS),
  );

describe("every statement of a request runs in the request's database, under its timeout", () => {
  it("has a document for every custom root field of the schema", () => {
    const config = testConfig();
    const custom = [...customFieldsOf(loadTypeDefs(config), createResolvers({ driver: raw, config }))]
      .filter((name) => name.startsWith("Query."))
      .map((name) => name.slice("Query.".length));
    expect(Object.keys(FIELDS).sort()).toEqual(custom.sort());
  });

  it.each(Object.entries(FIELDS))("%s", async (_field, { query, alliance }) => {
    const opened = await openedBy(async () => {
      const res = await api.gql(query, alliance ? { role: "alliance" } : {});
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    });
    expect(opened.length).toBeGreaterThan(0);
    expect(astray(opened)).toEqual([]);
  });

  it.each(Object.entries(GENERATED))("%s", async (_name, query) => {
    const opened = await openedBy(async () => {
      const res = await api.gql(query);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    });
    expect(opened.length).toBeGreaterThan(0);
    expect(astray(opened)).toEqual([]);
  });

  it("a mutation, and the graph-version bump after it", async () => {
    const opened = await openedBy(async () => {
      const res = await api.gql(
        `mutation { updateDistricts(where: { id: { eq: "DST-WH" } }, update: { nameEn: { set: "Wuhou" } }) { districts { id } } }`,
        { role: "admin" },
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    });
    expect(opened.map((o) => o.cypher).join("\n")).toMatch(/TTGraphMeta/);
    expect(astray(opened)).toEqual([]);
  });

  it("the white paper's route", async () => {
    const opened = await openedBy(async () => {
      const res = await fetch(`${api.url}/reports/annual/2024.html`, {
        headers: { authorization: `Bearer ${await api.token("alliance")}` },
      });
      expect(res.status).toBe(200);
    });
    expect(opened.length).toBeGreaterThan(10);
    expect(astray(opened)).toEqual([]);
  });

  it("the federation entity resolver of NodeRef", async () => {
    const federated = await startTestApi(recorded.driver, { ...SETTINGS, FEDERATION: "true" });
    try {
      const opened = await openedBy(async () => {
        const res = await federated.gql(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on NodeRef { id name type } } }`,
          { variables: { r: [{ __typename: "NodeRef", id: "ENT-1" }] } },
        );
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(res.data).toEqual({ _entities: [{ id: "ENT-1", name: "成都芯谷微电子有限公司", type: "Enterprise" }] });
      });
      expect(opened.length).toBeGreaterThan(0);
      expect(astray(opened)).toEqual([]);
    } finally {
      await federated.stop();
    }
  });
});
