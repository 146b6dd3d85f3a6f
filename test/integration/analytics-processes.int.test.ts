/**
 * Stored analytics across API processes: a second API process (a separate OS process, as behind a
 * load balancer) answers from the results another runner stored, without computing anything; and
 * when the graph version changes, an API process computes the new version's results in its worker
 * thread while it keeps answering. Ids prefixed PRC-. Resets the database.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLock } from "../../graph-api/src/graph/analytics/analytics-lock.js";
import { runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { startApiProcess, type ApiProcess } from "../helpers/api-process.js";
import { createGraph, prefixedBuilders } from "../helpers/graph-fixture.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";
import { testConfig } from "../helpers/test-config.js";

const { n, r } = prefixedBuilders("PRC");
const deal = (id: string, signedOn: string) => n("Deal", id, { kind: "TRANSFER", signedOn });

let driver: Driver;
let api: ApiProcess;

const query = `{
  networkEvaluation(limit: 5) { status graphVersion currentGraphVersion cached computedAt nodeCount nodes { organisation { id } degree } }
  networkNode(id: "PRC-U1") { organisation { id } degree ranks { pagerank } }
  analyticsStatus { graphVersion running runs periods { period graphVersion } }
}`;

interface Answer {
  networkEvaluation: {
    status: string;
    graphVersion: number;
    currentGraphVersion: number;
    cached: boolean;
    computedAt: string;
    nodeCount: number;
    nodes: { organisation: { id: string }; degree: number }[];
  };
  networkNode: { organisation: { id: string }; degree: number; ranks: { pagerank: number } } | null;
  analyticsStatus: {
    graphVersion: number;
    running: boolean;
    runs: number;
    periods: { period: string; graphVersion: number }[];
  };
}

async function ask(): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: Answer; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const computedAt = async (): Promise<string[]> =>
  (await driver.executeQuery("MATCH (p:NetworkPeriod) RETURN toString(p.computedAt) AS t ORDER BY p.slot")).records.map(
    (x) => String(x.get("t")),
  );

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(
    driver,
    [
      n("Institution", "U1", { kind: "UNIVERSITY" }),
      n("Enterprise", "E1"),
      n("Enterprise", "E2"),
      n("Agency", "A1", { kind: "MARKET", level: "UNFILED" }),
      deal("T1", "2024-02-01"),
      deal("T2", "2024-03-01"),
    ],
    [
      r("T1", "SELLER", "U1"),
      r("T1", "BUYER", "E1"),
      r("A1", "SERVED", "T1"),
      r("T2", "SELLER", "U1"),
      r("T2", "BUYER", "E2"),
    ],
  );
  // The importer's part: the analytics of this graph version, stored by one runner.
  expect((await runAnalytics(driver, { owner: "importer" })).status).toBe("done");
  const config = testConfig();
  api = await startApiProcess({
    NEO4J_URI: config.neo4jUri,
    NEO4J_PASSWORD: config.NEO4J_PASSWORD,
    LOAD_DEMO: "false",
    ANALYTICS_IN_API: "true",
    ANALYTICS_WATCH_SECONDS: "1",
  });
});

afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver.close();
});

describe("a second API process", () => {
  it("answers from the stored results without computing anything", async () => {
    const runsBefore = (await readLock(driver)).runs;
    const storedAt = await computedAt();
    const a = await ask();
    expect(a.networkEvaluation).toMatchObject({ status: "READY", cached: true, nodeCount: 4 });
    expect(a.networkEvaluation.nodes[0]).toEqual({ organisation: { id: "PRC-U1" }, degree: 3 });
    expect(a.networkNode).toEqual({ organisation: { id: "PRC-U1" }, degree: 3, ranks: { pagerank: 1 } });
    expect(a.analyticsStatus.running).toBe(false);
    // Its periodic check (every second here) has run more than once by now: still no run started.
    await new Promise((res) => setTimeout(res, 2500));
    await ask();
    expect((await readLock(driver)).runs).toBe(runsBefore);
    expect(await computedAt()).toEqual(storedAt);
  });

  it("computes a new graph version's results in its worker thread, answering STALE meanwhile", async () => {
    const before = await ask();
    await createGraph(driver, [deal("T3", "2024-04-01")], [r("T3", "SELLER", "E1"), r("T3", "BUYER", "E2")]);
    await driver.executeQuery("MERGE (m:TTGraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1");
    let a = await ask();
    for (let i = 0; i < 240 && a.networkEvaluation.status !== "READY"; i++) {
      expect(a.networkEvaluation.status).toBe("STALE");
      expect(a.networkEvaluation.graphVersion).toBe(before.networkEvaluation.graphVersion);
      await new Promise((res) => setTimeout(res, 250));
      a = await ask();
    }
    expect(a.networkEvaluation.status).toBe("READY");
    expect(a.networkEvaluation.graphVersion).toBe(before.networkEvaluation.graphVersion + 1);
    expect(a.networkEvaluation.nodes.find((x) => x.organisation.id === "PRC-E1")?.degree).toBe(3); // now tied to E2
    a = await ask(); // the fields resolve concurrently: read the status after the answer was READY
    expect(a.analyticsStatus.periods).toContainEqual({ period: "*..*", graphVersion: a.analyticsStatus.graphVersion });
    expect(a.analyticsStatus.runs).toBeGreaterThan(before.analyticsStatus.runs);
    // Once the run ends, only the new version's results are kept.
    for (let i = 0; i < 240 && a.analyticsStatus.running; i++) {
      await new Promise((res) => setTimeout(res, 250));
      a = await ask();
    }
    expect(a.analyticsStatus.periods.map((p) => p.graphVersion)).toEqual(
      a.analyticsStatus.periods.map(() => a.analyticsStatus.graphVersion),
    );
  });
});
