import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { startTestApi, type TestApi } from "../helpers/api-server.js";
import { testDriver } from "../helpers/neo4j.js";

async function graphVersion(driver: Driver): Promise<number> {
  const r = await driver.executeQuery(
    "OPTIONAL MATCH (m:TTGraphMeta {key: 'graph'}) RETURN coalesce(m.version, 0) AS v",
  );
  return Number(r.records[0]?.get("v"));
}

describe("graph version (what every API process reads to know the graph changed)", () => {
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

  it("answers the last complete version's analytics while the graph is marked as changing, and stores none for it", async () => {
    const query = `{ networkEvaluation { status graphVersion currentGraphVersion cached } }`;
    type Evaluation = {
      networkEvaluation: { status: string; graphVersion: number; currentGraphVersion: number; cached: boolean };
    };
    await runAnalytics(driver); // the current version's standard periods, as after an import
    const ready = (await api.gql<Evaluation>(query)).data!.networkEvaluation;
    expect(ready).toMatchObject({ status: "READY", cached: true });
    // What an import does before its first write: bump the version and set the mark.
    await driver.executeQuery(
      "MERGE (m:TTGraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.changing = true",
    );
    try {
      const during = (await api.gql<Evaluation>(query)).data!.networkEvaluation;
      expect(during.status).toBe("STALE");
      expect(during.graphVersion).toBe(ready.graphVersion);
      expect(during.currentGraphVersion).toBe(ready.graphVersion + 1);
      // A run (from any process) stores nothing for a graph that is being written.
      expect((await runAnalytics(driver)).status).toBe("changing");
      const stored = await driver.executeQuery("MATCH (p:NetworkPeriod {graphVersion: $v}) RETURN count(p) AS n", {
        v: ready.graphVersion + 1,
      });
      expect(stored.records[0]?.get("n")).toBe(0);
    } finally {
      // What the import does when it ends: bump again and clear the mark.
      await driver.executeQuery(
        "MATCH (m:TTGraphMeta {key: 'graph'}) SET m.version = m.version + 1, m.changing = false",
      );
    }
    expect((await runAnalytics(driver)).status).toBe("done");
    expect((await api.gql<Evaluation>(query)).data!.networkEvaluation.status).toBe("READY");
  });
});
