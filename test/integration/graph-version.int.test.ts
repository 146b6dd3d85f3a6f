import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../helpers/api-server.js";
import { testDriver } from "../helpers/neo4j.js";

async function graphVersion(driver: Driver): Promise<number> {
  const r = await driver.executeQuery(
    "OPTIONAL MATCH (m:TTGraphMeta {key: 'graph'}) RETURN coalesce(m.version, 0) AS v",
  );
  return Number(r.records[0]?.get("v"));
}

describe("graph version (cache invalidation across API processes)", () => {
  let driver: Driver;
  let api: TestApi;
  beforeAll(async () => {
    driver = testDriver();
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'GVTEST-' DETACH DELETE n");
    await api.stop();
    await driver.close();
  });

  it("is bumped by a successful mutation and left alone by queries and refused writes", async () => {
    const before = await graphVersion(driver);
    await api.gql(`{ brokers(limit: 1) { id } }`);
    expect(await graphVersion(driver)).toBe(before);

    const refused = await api.gql(
      `mutation { createBrokers(input: [{ id: "GVTEST-1", name: "甲", titleLevel: NONE }]) { brokers { id } } }`,
    );
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(await graphVersion(driver)).toBe(before);

    const created = await api.gql(
      `mutation { createBrokers(input: [{ id: "GVTEST-1", name: "甲", titleLevel: NONE }]) { brokers { id } } }`,
      { role: "admin" },
    );
    expect(created.errors).toBeUndefined();
    expect(await graphVersion(driver)).toBe(before + 1);
  });

  it("keeps no analytics in cache while the graph is marked as changing (an import writes or was interrupted)", async () => {
    const evaluation = `{ networkEvaluation(from: "2031-01-01", to: "2031-12-31") { cached graphVersion } }`;
    type Evaluation = { networkEvaluation: { cached: boolean; graphVersion: number } };
    await driver.executeQuery("MERGE (m:TTGraphMeta {key: 'graph'}) SET m.changing = true");
    try {
      for (let i = 0; i < 2; i++) {
        const r = await api.gql<Evaluation>(evaluation);
        expect(r.errors).toBeUndefined();
        expect(r.data?.networkEvaluation.cached).toBe(false);
      }
    } finally {
      await driver.executeQuery("MATCH (m:TTGraphMeta {key: 'graph'}) SET m.changing = false");
    }
    await api.gql(evaluation);
    expect((await api.gql<Evaluation>(evaluation)).data?.networkEvaluation.cached).toBe(true);
  });
});
