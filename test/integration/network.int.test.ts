/**
 * Network evaluation on small hand-built graphs (ids prefixed NET-), computed by the analytics run
 * and read back from the stored results. The file resets the database: the collaboration graph
 * spans every deal, so no other data may be present.
 */
import { graphql } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyticsService, AnalyticsService } from "../../graph-api/src/graph/analytics/analytics-service.js";
import { acquireLock } from "../../graph-api/src/graph/analytics/analytics-lock.js";
import { isStandardKey, runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { chooseEngine } from "../../graph-api/src/graph/analytics/centrality-engines.js";
import { analyticsStatus } from "../../graph-api/src/graph/analytics/analytics-status.js";
import { periodKey, RANKING_HEAD, STORE_FORMAT } from "../../graph-api/src/graph/analytics/analytics-store.js";
import { runQuery } from "../../graph-api/src/db/run-query.js";
import {
  brokerageOf,
  evaluateNetwork,
  networkArgs,
  networkNode,
  type NetworkContext,
} from "../../graph-api/src/graph/network/evaluate-network.js";
import { NX_EXPECTED, NX_PAGERANK_ORDER, NX_TIES } from "../fixtures/networkx-graph.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../helpers/graph-fixture.js";
import { ANONYMOUS } from "../../graph-api/src/auth/roles.js";
import { buildSchema } from "../../graph-api/src/schema/build-schema.js";
import { resetDatabase, testDriver, testRequest } from "../helpers/neo4j.js";
import { testConfig } from "../helpers/test-config.js";

const args = networkArgs;
const Y2024 = { from: "2024-01-01", to: "2024-12-31" };
const Y2023 = { from: "2023-01-01", to: "2023-12-31" };
const Y2022 = { from: "2022-01-01", to: "2022-12-31" };

const deal = (id: string, signedOn: string): FixtureNode => ({ label: "Deal", id, kind: "TRANSFER", signedOn });

// 2024: the brokerage scenario. In Chengdu: U1, E1, A1 (so broker K1, employed by A1); outside: U2, E2, A2.
// Chains: U1 → C1 (via R1), U2 → C2 (via R2), E1 → C1, E2 → C2, K1 → C1, A1 → C1, A2 → C3.
const brokerageNodes: FixtureNode[] = [
  { label: "District", id: "NET-D1", city: "成都市", inChengdu: true, kind: "DISTRICT" },
  { label: "District", id: "NET-D2", city: "重庆市", inChengdu: false, kind: "OUTSIDE" },
  ...["NET-C1", "NET-C2", "NET-C3"].map((id): FixtureNode => ({ label: "IndustryChain", id })),
  { label: "Institution", id: "NET-U1", kind: "UNIVERSITY" },
  { label: "Institution", id: "NET-U2", kind: "UNIVERSITY" },
  { label: "Enterprise", id: "NET-E1" },
  { label: "Enterprise", id: "NET-E2" },
  { label: "Agency", id: "NET-A1", kind: "MARKET", level: "MUNICIPAL_FILED" },
  { label: "Agency", id: "NET-A2", kind: "MARKET", level: "UNFILED" },
  { label: "Broker", id: "NET-K1", titleLevel: "SENIOR" },
  { label: "Result", id: "NET-R1", kind: "SOFTWARE", year: 2023, status: "TRANSFERRED" },
  { label: "Result", id: "NET-R2", kind: "SOFTWARE", year: 2023, status: "TRANSFERRED" },
  ...["X1", "X2", "X3", "X4", "X5"].map((x, i) => deal(`NET-${x}`, `2024-0${i + 1}-15`)),
];
const brokerageRels: FixtureRel[] = [
  ["NET-U1", "LOCATED_IN", "NET-D1"],
  ["NET-E1", "LOCATED_IN", "NET-D1"],
  ["NET-A1", "LOCATED_IN", "NET-D1"],
  ["NET-U2", "LOCATED_IN", "NET-D2"],
  ["NET-E2", "LOCATED_IN", "NET-D2"],
  ["NET-A2", "LOCATED_IN", "NET-D2"],
  ["NET-U1", "DEVELOPED", "NET-R1"],
  ["NET-R1", "APPLIES_TO", "NET-C1"],
  ["NET-U2", "DEVELOPED", "NET-R2"],
  ["NET-R2", "APPLIES_TO", "NET-C2"],
  ["NET-E1", "IN_CHAIN", "NET-C1"],
  ["NET-E2", "IN_CHAIN", "NET-C2"],
  ["NET-A1", "COVERS", "NET-C1"],
  ["NET-A2", "COVERS", "NET-C3"],
  ["NET-K1", "EMPLOYED_BY", "NET-A1"],
  ["NET-K1", "SPECIALIZES_IN", "NET-C1"],
  // X1 U1→E1 (K1 lead, A1 served) · X2 U2→E1 (K1, A2 served) · X3 U1→E2 · X4 U2→E2 · X5 U1→E1 again
  ["NET-X1", "SELLER", "NET-U1"],
  ["NET-X1", "BUYER", "NET-E1"],
  ["NET-A1", "SERVED", "NET-X1"],
  ["NET-X2", "SELLER", "NET-U2"],
  ["NET-X2", "BUYER", "NET-E1"],
  ["NET-A2", "SERVED", "NET-X2"],
  ["NET-X3", "SELLER", "NET-U1"],
  ["NET-X3", "BUYER", "NET-E2"],
  ["NET-X4", "SELLER", "NET-U2"],
  ["NET-X4", "BUYER", "NET-E2"],
  ["NET-X5", "SELLER", "NET-U1"],
  ["NET-X5", "BUYER", "NET-E1"],
  ...["X1", "X2", "X3", "X4", "X5"].map((x): FixtureRel => ["NET-K1", "BROKERED", `NET-${x}`, { role: "LEAD" }]),
];

// 2023: the weighted graph of the unit test, built from deals: A–B ×2, A–C, B–C, A–D.
const holesNodes: FixtureNode[] = [
  { label: "Institution", id: "NET-HA", kind: "UNIVERSITY" },
  ...["NET-HB", "NET-HC", "NET-HD"].map((id): FixtureNode => ({ label: "Enterprise", id })),
  ...["Y1", "Y2", "Y3", "Y4", "Y5"].map((y) => deal(`NET-${y}`, "2023-06-01")),
];
const holesRels: FixtureRel[] = [
  ["NET-Y1", "SELLER", "NET-HA"],
  ["NET-Y1", "BUYER", "NET-HB"],
  ["NET-Y2", "SELLER", "NET-HA"],
  ["NET-Y2", "BUYER", "NET-HB"],
  ["NET-Y3", "SELLER", "NET-HA"],
  ["NET-Y3", "BUYER", "NET-HC"],
  ["NET-Y4", "SELLER", "NET-HB"],
  ["NET-Y4", "BUYER", "NET-HC"],
  ["NET-Y5", "SELLER", "NET-HA"],
  ["NET-Y5", "BUYER", "NET-HD"],
];

// 2022: two 4-cliques (seller, buyer, two serving agencies; three deals each → weight 3) and one bridging deal.
const cliqueSide = (p: string): { nodes: FixtureNode[]; rels: FixtureRel[] } => ({
  nodes: [
    { label: "Institution", id: `NET-${p}1`, kind: "UNIVERSITY" },
    { label: "Enterprise", id: `NET-${p}2` },
    { label: "Agency", id: `NET-${p}3`, kind: "MARKET", level: "UNFILED" },
    { label: "Agency", id: `NET-${p}4`, kind: "MARKET", level: "UNFILED" },
    ...[1, 2, 3].map((i) => deal(`NET-${p}Z${i}`, "2022-03-01")),
  ],
  rels: [1, 2, 3].flatMap((i): FixtureRel[] => [
    [`NET-${p}Z${i}`, "SELLER", `NET-${p}1`],
    [`NET-${p}Z${i}`, "BUYER", `NET-${p}2`],
    [`NET-${p}3`, "SERVED", `NET-${p}Z${i}`],
    [`NET-${p}4`, "SERVED", `NET-${p}Z${i}`],
  ]),
});
// 2020: the networkx graph (test/fixtures/networkx-graph.ts); a tie of weight w is w deals with one
// as seller and the other as buyer.
const nxNodes: FixtureNode[] = [
  ...Object.keys(NX_EXPECTED).map((n): FixtureNode => ({ label: "Enterprise", id: `NET-${n}` })),
  ...NX_TIES.flatMap(([a, b, w]) => Array.from({ length: w }, (_, k) => deal(`NET-NX-${a}-${b}-${k}`, "2020-05-01"))),
];
const nxRels: FixtureRel[] = NX_TIES.flatMap(([a, b, w]) =>
  Array.from({ length: w }, (_, k): FixtureRel[] => [
    [`NET-NX-${a}-${b}-${k}`, "SELLER", `NET-${a}`],
    [`NET-NX-${a}-${b}-${k}`, "BUYER", `NET-${b}`],
  ]).flat(),
);
const Y2020 = { from: "2020-01-01", to: "2020-12-31" };

const left = cliqueSide("Q");
const right = cliqueSide("W");
// The chains of the 2022 deals (no organisation DEVELOPED these results, so no party's chain groups
// change): QZ1, QZ2 and the bridge transfer RQ1 (C1), QZ3 transfers RQ2 (C2); WZ1–WZ3 transfer RW
// (C3) and WZ1 also answers DW (C2). The Q community's deals: QZ1–QZ3 and the bridge (4): C1 3,
// C2 1. The W community's: WZ1–WZ3 and the bridge (4): C3 3, then C1 1 and C2 1 (tie: chain id).
const chainNodes: FixtureNode[] = [
  ...["NET-RQ1", "NET-RQ2", "NET-RW"].map((id): FixtureNode => ({
    label: "Result",
    id,
    kind: "INVENTION_PATENT",
    year: 2021,
    status: "TRANSFERRED",
  })),
  { label: "Demand", id: "NET-DW", postedOn: "2021-06-01", status: "CLOSED" },
];
const chainRels: FixtureRel[] = [
  ["NET-RQ1", "APPLIES_TO", "NET-C1"],
  ["NET-RQ2", "APPLIES_TO", "NET-C2"],
  ["NET-RW", "APPLIES_TO", "NET-C3"],
  ["NET-DW", "NEEDS", "NET-C2"],
  ["NET-QZ1", "TRANSFERS", "NET-RQ1"],
  ["NET-QZ2", "TRANSFERS", "NET-RQ1"],
  ["NET-BRIDGE", "TRANSFERS", "NET-RQ1"],
  ["NET-QZ3", "TRANSFERS", "NET-RQ2"],
  ...[1, 2, 3].map((i): FixtureRel => [`NET-WZ${i}`, "TRANSFERS", "NET-RW"]),
  ["NET-WZ1", "ANSWERS", "NET-DW"],
];

let driver: Driver;
/** Reads stored results only: these tests run the analytics themselves. */
let service: NetworkContext;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(
    driver,
    [
      ...brokerageNodes,
      ...holesNodes,
      ...nxNodes,
      ...left.nodes,
      ...right.nodes,
      ...chainNodes,
      deal("NET-BRIDGE", "2022-05-01"),
    ],
    [
      ...chainRels,
      ...brokerageRels,
      ...nxRels,
      ...holesRels,
      ...left.rels,
      ...right.rels,
      ["NET-BRIDGE", "SELLER", "NET-Q1"],
      ["NET-BRIDGE", "BUYER", "NET-W2"],
    ],
  );
  await runAnalytics(driver);
  service = {
    ...testRequest(driver),
    analytics: new AnalyticsService(driver, testConfig({ ANALYTICS_IN_API: "false" })),
  };
});

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe("collaboration graph", () => {
  it("ties organisations per deal (seller, buyer, serving agency, broker's employer), weighted by deals", async () => {
    const r = await evaluateNetwork(service, args(Y2024));
    const w = Object.fromEntries(r.edges.map((e) => [`${e.source}|${e.target}`, e.weight]));
    // Participants: X1 {U1,E1,A1} X2 {U2,E1,A2,A1} X3 {U1,E2,A1} X4 {U2,E2,A1} X5 {U1,E1,A1} (A1 = K1's employer)
    expect(w).toEqual({
      "NET-A1|NET-U1": 3, // X1, X3, X5
      "NET-A1|NET-E1": 3, // X1, X2, X5
      "NET-E1|NET-U1": 2, // X1, X5
      "NET-A1|NET-U2": 2, // X2, X4
      "NET-A1|NET-E2": 2, // X3, X4
      "NET-A1|NET-A2": 1,
      "NET-A2|NET-E1": 1,
      "NET-A2|NET-U2": 1,
      "NET-E1|NET-U2": 1, // X2
      "NET-E2|NET-U1": 1, // X3
      "NET-E2|NET-U2": 1, // X4
    });
    expect(r.nodeCount).toBe(6);
    expect(r.edgeCount).toBe(11);
    // A1 is tied to all five others: degree 5, degree centrality 5/5.
    const a1 = r.nodes.find((n) => n.id === "NET-A1")!;
    expect(a1.degree).toBe(5);
    expect(a1.degreeCentrality).toBe(1);
    expect(a1.weightedDegree).toBe(3 + 3 + 2 + 2 + 1);
    expect(a1.inChengdu).toBe(true);
    expect(r.nodes[0]?.id).toBe("NET-A1"); // highest PageRank
  });

  it("structural holes and betweenness on the 2023 weighted graph (hand-computed)", async () => {
    const r = await evaluateNetwork(service, args({ ...Y2023, sort: "CONSTRAINT" }));
    const byId = Object.fromEntries(r.nodes.map((n) => [n.id, n]));
    expect(Object.keys(byId).sort()).toEqual(["NET-HA", "NET-HB", "NET-HC", "NET-HD"]);
    // See test/unit/network/structural-holes.test.ts: C_A = .390625 + 25/144 + .0625, ES_A = 2.375.
    expect(byId["NET-HA"]!.constraint).toBeCloseTo(0.390625 + 25 / 144 + 0.0625, 10);
    expect(byId["NET-HA"]!.effectiveSize).toBeCloseTo(2.375, 10);
    expect(byId["NET-HB"]!.constraint).toBeCloseTo(34 / 36, 10);
    expect(byId["NET-HB"]!.effectiveSize).toBeCloseTo(7 / 6, 10);
    // Lowest constraint first.
    expect(r.nodes[0]?.id).toBe("NET-HA");
    // Betweenness of A: ordered pairs (B,D), (D,B), (C,D), (D,C) run through A → 4 / ((4−1)(4−2)) = 2/3.
    expect(byId["NET-HA"]!.betweenness).toBeCloseTo(2 / 3, 10);
    expect(byId["NET-HD"]!.betweenness).toBe(0);
  });

  it("Louvain finds the two cliques of 2022", async () => {
    const r = await evaluateNetwork(service, args(Y2022));
    expect(r.communityCount).toBe(2);
    expect(r.communities.map((c) => c.size)).toEqual([4, 4]);
    const c = Object.fromEntries(r.nodes.map((n) => [n.id, n.community]));
    expect(new Set(["NET-Q1", "NET-Q2", "NET-Q3", "NET-Q4"].map((id) => c[id])).size).toBe(1);
    expect(new Set(["NET-W1", "NET-W2", "NET-W3", "NET-W4"].map((id) => c[id])).size).toBe(1);
    expect(c["NET-Q1"]).not.toBe(c["NET-W1"]);
    // Drill into one community.
    const one = await evaluateNetwork(service, args({ ...Y2022, community: c["NET-W1"]! }));
    expect(one.nodes.map((n) => n.id).sort()).toEqual(["NET-W1", "NET-W2", "NET-W3", "NET-W4"]);
  });

  it("names each community's dominant chains: its deals per chain, most first, with their share", async () => {
    const r = await evaluateNetwork(service, args(Y2022));
    const of = (member: string) => {
      const c = r.nodes.find((n) => n.id === member)!.community;
      return r.communities.find((x) => x.id === c)!;
    };
    const chains = (member: string) => of(member).dominantChains.map((x) => [x.chainId, x.name, x.deals, x.share]);
    // The bridge is a deal of both communities.
    expect(of("NET-Q1").deals).toBe(4);
    expect(of("NET-W1").deals).toBe(4);
    expect(chains("NET-Q1")).toEqual([
      ["NET-C1", "NET-C1", 3, 0.75],
      ["NET-C2", "NET-C2", 1, 0.25],
    ]);
    expect(chains("NET-W1")).toEqual([
      ["NET-C3", "NET-C3", 3, 0.75],
      ["NET-C1", "NET-C1", 1, 0.25],
      ["NET-C2", "NET-C2", 1, 0.25],
    ]);
    // A period whose deals name no chain: communities without dominant chains.
    const y2023 = await evaluateNetwork(service, args(Y2023));
    expect(y2023.communities.every((c) => c.dominantChains.length === 0 && c.deals > 0)).toBe(true);
  });

  it("a limit past the rankings' stored head reads the full lists and gives the same order", async () => {
    const version = await service.analytics.graphVersion(service);
    const read = async (head: number, community: number | null, ranking: string) =>
      (
        await runQuery<{ ranked: number[]; intermediaryRefs: number[]; intermediaryIds: string[] }>(
          service.driver,
          "analytics/get-network-period",
          {
            period: periodKey(Y2022),
            version,
            format: STORE_FORMAT,
            ranking,
            roles: "byRolesInChengdu",
            community,
            limit: 8,
            head,
          },
          { database: service.database },
        )
      )[0]!;
    const r = await evaluateNetwork(service, args(Y2022));
    const w1 = r.nodes.find((n) => n.id === "NET-W1")!.community;
    for (const ranking of ["byPagerank", "byConstraint"]) {
      for (const community of [null, w1]) {
        // Head 2 < limit 8: the full 'rankings' list; the real head (far above 8): the period node
        // and the community's own list.
        const [full, head] = [await read(2, community, ranking), await read(RANKING_HEAD, community, ranking)];
        expect(full.ranked).toHaveLength(community === null ? 8 : 4);
        expect(full.ranked).toEqual(head.ranked);
        expect(full.intermediaryRefs).toEqual(head.intermediaryRefs);
        expect(full.intermediaryIds).toEqual([]);
        expect(head.intermediaryIds).toHaveLength(head.intermediaryRefs.length);
      }
    }
  });
});

describe("agrees with networkx on a weighted random graph", () => {
  const check = async (engine: string) => {
    const r = await evaluateNetwork(service, args(Y2020));
    expect(r.engine).toBe(engine);
    expect(r.betweennessSampled).toBe(false);
    expect(r.betweennessErrorBound).toBe(0);
    expect(r.nodes.map((n) => n.id)).toEqual(NX_PAGERANK_ORDER.map((n) => `NET-${n}`));
    expect(r.nodes.reduce((s, n) => s + n.pagerank, 0)).toBeCloseTo(1, 9);
    for (const node of r.nodes) {
      const [c, es, b] = NX_EXPECTED[node.id.slice(4)]!;
      expect(node.constraint).toBeCloseTo(c, 9);
      expect(node.effectiveSize).toBeCloseTo(es, 9);
      expect(node.betweenness).toBeCloseTo(b, 8);
    }
    expect(r.nodes[0]?.ranks).toMatchObject({ pagerank: 1 });
  };

  it("with Graph Data Science (the engine of the local server)", () => check("gds"));

  it("runs GDS's parallel algorithms with no more threads than the server's processors", async () => {
    // The processors as GDS sees them (a container's CPU quota may differ from what Node sees).
    const info = await driver.executeQuery("CALL gds.debug.sysInfo() YIELD key, value RETURN key, value");
    const cpus = Number(info.records.find((r) => r.get("key") === "availableCPUs")?.get("value"));
    expect(cpus).toBeGreaterThan(0);
    expect((await chooseEngine(driver, "gds")).threads).toBe(Math.min(4, cpus));
  });

  it("with graphology in this process (servers without GDS), then back to GDS", async () => {
    expect((await runAnalytics(driver, { force: true, engine: "graphology" })).engine).toBe("graphology");
    await check("graphology");
    // The other periods' figures agree between the engines too (Louvain labels aside).
    const y2024 = await evaluateNetwork(service, args(Y2024));
    expect(y2024.nodes[0]?.id).toBe("NET-A1");
    expect((await runAnalytics(driver, { force: true, engine: "gds" })).engine).toBe("gds");
    await check("gds");
  });
});

describe("brokerage roles", () => {
  it("by inChengdu: K1 (in Chengdu) plays four roles over four distinct pairs", async () => {
    const k1 = await brokerageOf(service, "NET-K1", Y2024, "IN_CHENGDU");
    // (U1 in, E1 in) coordinator · (U2 out, E1 in) gatekeeper · (U1 in, E2 out) representative ·
    // (U2 out, E2 out) consultant; X5 repeats (U1, E1) and is not counted again. Liaison needs 3 groups.
    expect(k1).toMatchObject({ id: "NET-K1", type: "Broker" });
    expect(k1?.roles).toEqual({
      coordinator: 1,
      gatekeeper: 1,
      representative: 1,
      consultant: 1,
      liaison: 0,
      total: 4,
      unclassified: 0,
    });
    // A2 (outside) served X2 U2 (out) → E1 (in): seller and intermediary share → representative.
    expect((await brokerageOf(service, "NET-A2", Y2024, "IN_CHENGDU"))?.roles.representative).toBe(1);
  });

  it("by chain: A2 (C3) between U2 (C2) and E1 (C1) is a liaison", async () => {
    const a2 = await brokerageOf(service, "NET-A2", Y2024, "CHAIN");
    expect(a2?.roles).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      consultant: 0,
      liaison: 1,
      total: 1,
      unclassified: 0,
    });
    // K1 (C1): U1 C1 → E1 C1 coordinator; U2 C2 → E1 C1 gatekeeper; U1 → E2 C2 representative; U2 → E2 consultant.
    const k1 = await brokerageOf(service, "NET-K1", Y2024, "CHAIN");
    expect(k1?.roles).toMatchObject({ coordinator: 1, gatekeeper: 1, representative: 1, consultant: 1, liaison: 0 });
    // Agencies carry their roles on their network node as well.
    const a1 = await networkNode(service, "NET-A1", Y2024, "CHAIN");
    expect(a1?.brokerage?.coordinator).toBe(1); // A1 served X1 only: U1 C1 → E1 C1
  });
});

describe("stored results", () => {
  it("serve a period until the graph version changes, then the older version (STALE) until a run stores the new one", async () => {
    const first = await evaluateNetwork(service, args(Y2022));
    expect(first.status).toBe("READY");
    expect(first.cached).toBe(true);
    expect(first.engine).toBe("gds");

    await createGraph(
      driver,
      [deal("NET-LATE", "2022-07-01")],
      [
        ["NET-LATE", "SELLER", "NET-HA"],
        ["NET-LATE", "BUYER", "NET-HD"],
      ],
    );
    // Without a version bump the stored answer stands (the importer and mutations bump it).
    expect((await evaluateNetwork(service, args(Y2022))).nodeCount).toBe(8);
    await driver.executeQuery("MERGE (m:TTGraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1");
    const stale = await evaluateNetwork(service, args(Y2022));
    expect(stale.status).toBe("STALE");
    expect(stale.currentGraphVersion).toBe(first.graphVersion + 1);
    expect(stale.graphVersion).toBe(first.graphVersion);
    expect(stale.nodeCount).toBe(8);

    const report = await runAnalytics(driver);
    expect(report.status).toBe("done");
    const after = await evaluateNetwork(service, args(Y2022));
    expect(after.status).toBe("READY");
    expect(after.graphVersion).toBe(first.graphVersion + 1);
    expect(after.nodeCount).toBe(10); // HA and HD join the 2022 graph
    // Older versions' results are removed once the new version's standard periods are stored.
    const versions = await driver.executeQuery("MATCH (p:NetworkPeriod) RETURN collect(DISTINCT p.graphVersion) AS v");
    expect(versions.records[0]?.get("v")).toEqual([after.graphVersion]);
    // A second run has nothing to do.
    expect((await runAnalytics(driver)).status).toBe("up-to-date");
  });

  it("computes nothing while an import has marked the graph as changing, and answers the older results as STALE", async () => {
    const before = await evaluateNetwork(service, args(Y2022));
    expect(before.status).toBe("READY");
    // What an import does before its first write: bump the version and set the mark.
    await driver.executeQuery(
      "MERGE (m:TTGraphMeta {key: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.changing = true",
    );
    try {
      const report = await runAnalytics(driver, { force: true });
      expect(report.status).toBe("changing");
      const stored = await driver.executeQuery("MATCH (p:NetworkPeriod {graphVersion: $v}) RETURN count(p) AS n", {
        v: before.graphVersion + 1,
      });
      expect(stored.records[0]?.get("n")).toBe(0);
      const during = await evaluateNetwork(service, args(Y2022));
      expect(during.status).toBe("STALE");
      expect(during.graphVersion).toBe(before.graphVersion);
    } finally {
      // What the import does when it ends: bump again and clear the mark.
      await driver.executeQuery(
        "MATCH (m:TTGraphMeta {key: 'graph'}) SET m.version = m.version + 1, m.changing = false",
      );
    }
    expect((await runAnalytics(driver)).status).toBe("done");
  });

  it("one runner at a time: a run while another holds the lock answers busy with the holder's task", async () => {
    const { lock } = await acquireLock(driver, "runner-a", "a long run");
    expect(lock).not.toBeNull();
    await lock?.progress({ phase: "computing *..*", done: 1, total: 9 });
    const busy = await runAnalytics(driver, { force: true, owner: "runner-b" });
    expect(busy.status).toBe("busy");
    expect(busy.holder).toMatchObject({ running: true, owner: "runner-a", phase: "computing *..*", done: 1, total: 9 });
    // The same owner may take its own lock again; another may once it is released.
    expect((await acquireLock(driver, "runner-b", "x")).lock).toBeNull();
    await lock?.release("done");
    expect((await runAnalytics(driver, { force: true, owner: "runner-b" })).status).toBe("done");
  });

  it("a request for a period not stored while another runner works answers COMPUTING with that runner's progress", async () => {
    const live = {
      ...testRequest(driver),
      analytics: new AnalyticsService(driver, testConfig({ ANALYTICS_IN_API: "true" })),
    };
    const { lock } = await acquireLock(driver, "runner-x", "graph version 99");
    try {
      await lock?.progress({ phase: "computing 2024-01-01..2024-12-31", done: 3, total: 9 });
      const r = await evaluateNetwork(live, args({ from: "2024-05-01", to: "2024-05-31" }));
      expect(r.status).toBe("COMPUTING");
      expect(r.nodes).toEqual([]);
      expect(r.progress).toMatchObject({ phase: "computing 2024-01-01..2024-12-31", done: 3, total: 9 });
      expect(r.progress?.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    } finally {
      await lock?.release("done");
      // the request started a run in a worker: let it end here, not hold the lock in later tests
      await live.analytics.idle();
    }
  });

  it("a period that is not stored is computed on request in a worker thread, then stored", async () => {
    const live = {
      ...testRequest(driver),
      analytics: analyticsService(driver, testConfig({ ANALYTICS_IN_API: "true" })),
    };
    const period = { from: "2024-02-01", to: "2024-04-30" };
    let r = await evaluateNetwork(live, args(period));
    const seen = new Set([r.status]);
    for (let i = 0; i < 200 && r.status !== "READY"; i++) {
      expect(r.status).toBe("COMPUTING");
      expect(r.nodes).toEqual([]);
      await new Promise((res) => setTimeout(res, 250));
      r = await evaluateNetwork(live, args(period));
      seen.add(r.status);
    }
    expect(r.status).toBe("READY");
    expect(live.analytics.runsStarted).toBe(1);
    expect(live.analytics.lastWorkerThreadId).toBeGreaterThan(0); // not the main thread (0)
    // X2 (Feb), X3 (Mar), X4 (Apr): U2–E1, A2, A1; U1–E2, A1; U2–E2, A1.
    expect(r.nodeCount).toBe(6);
    expect(r.edges.find((e) => e.source === "NET-A1" && e.target === "NET-E2")?.weight).toBe(2);
    const status = await live.analytics.graphVersion(live);
    expect(r.graphVersion).toBe(status);
  });

  it("keeps only the newest periods other than the standard ones: what is stored does not grow with the requests", async () => {
    const version = await service.analytics.graphVersion(service);
    const asked = [
      { from: "2021-06-01", to: "2022-06-30" },
      { from: "2021-07-01", to: "2022-07-31" },
      { from: "2021-08-01", to: "2022-08-31" },
    ];
    for (const period of asked) {
      const report = await runAnalytics(driver, { standard: false, periods: [period], otherPeriodsKept: 2 });
      expect(report.status).toBe("done");
    }
    const keys = (
      await driver.executeQuery("MATCH (p:NetworkPeriod {graphVersion: $v}) RETURN p.period AS k", { v: version })
    ).records.map((r) => r.get("k") as string);
    expect(keys.filter((k) => !isStandardKey(k)).sort()).toEqual(asked.slice(1).map(periodKey));
    expect(keys).toContain("*..*");
    expect(keys.filter(isStandardKey).length).toBeGreaterThan(1); // all dates and the years stay
    // nothing of the removed period is left behind
    const leftovers = await driver.executeQuery(
      "MATCH (c:NetworkChunk|AnalyticsList) WHERE c.slot = $slot RETURN count(c) AS n",
      { slot: `${version}|${periodKey(asked[0]!)}` },
    );
    expect(leftovers.records[0]?.get("n")).toBe(0);
  });

  it("results stored in another layout are never read, and the next run recomputes them", async () => {
    expect(["done", "up-to-date"]).toContain((await runAnalytics(driver)).status);
    const version = await service.analytics.graphVersion(service);
    const formats = async () =>
      (
        await driver.executeQuery("MATCH (p:NetworkPeriod {graphVersion: $v}) RETURN collect(DISTINCT p.format) AS f", {
          v: version,
        })
      ).records[0]?.get("f") as number[];
    await driver.executeQuery("MATCH (p:NetworkPeriod {graphVersion: $v}) SET p.format = $old", {
      v: version,
      old: STORE_FORMAT - 1,
    });
    expect((await analyticsStatus(service)).periods.filter((p) => p.graphVersion === version)).toEqual([]);
    const report = await runAnalytics(driver);
    expect(report.status).toBe("done");
    expect(report.periods.map((p) => p.period)).toContain("*..*");
    expect(await formats()).toEqual([STORE_FORMAT]);
    expect((await evaluateNetwork(service, args(Y2022))).status).toBe("READY");
  });
});

describe("through GraphQL (public)", () => {
  it("answers networkEvaluation, networkNode and brokerageRoles as the SDL describes", async () => {
    const schema = await buildSchema({ driver, config: testConfig({ ANALYTICS_IN_API: "false" }) });
    const source = `{
      networkEvaluation(period: { year: 2024 }, groupBy: CHAIN, sort: DEGREE, limit: 2, edgeLimit: 1) {
        from to groupBy status graphVersion currentGraphVersion cached nodeCount edgeCount communityCount modularity
        betweennessSampled betweennessErrorBound engine computedAt
        nodes { organisation { id name type } name type inChengdu degree weightedDegree degreeCentrality betweenness pagerank community constraint effectiveSize
                ranks { pagerank betweenness degree weightedDegree effectiveSize constraint }
                brokerage { coordinator gatekeeper representative consultant liaison total unclassified } }
        edges { source target weight }
        communities { number size topMembers { id name type } deals dominantChains { chainId name deals share } }
        intermediaries { node { id } name type roles { total } }
      }
      networkNode(id: "NET-U1", period: { from: "2024-01-01", to: "2024-12-31" }) { organisation { id } degree brokerage { total } }
      brokerageRoles(id: "NET-K1", from: "2024-01-01", to: "2024-12-31") { node { id } type roles { coordinator liaison } }
    }`;
    const res = await graphql({ schema, source, contextValue: { auth: ANONYMOUS, request: testRequest(driver) } });
    expect(res.errors).toBeUndefined();
    const data = res.data as {
      networkEvaluation: {
        from: string;
        nodes: { organisation: { id: string }; brokerage: unknown }[];
        edges: unknown[];
        intermediaries: { node: { id: string } }[];
      };
      networkNode: unknown;
      brokerageRoles: unknown;
    };
    expect(data.networkEvaluation.from).toBe("2024-01-01");
    // Degree: A1 5; E1 (U1, A1, U2, A2) and U2 (A1, A2, E1, E2) 4 — ties by id → A1, E1; U1, E2, A2 3.
    expect(data.networkEvaluation.nodes.map((x) => x.organisation.id)).toEqual(["NET-A1", "NET-E1"]);
    expect(data.networkEvaluation.nodes[0]?.brokerage).toMatchObject({ coordinator: 1, total: 1 });
    expect(data.networkEvaluation.nodes[1]?.brokerage).toBeNull(); // an enterprise mediates nothing
    expect(data.networkEvaluation.edges).toEqual([{ source: "NET-A1", target: "NET-E1", weight: 3 }]);
    expect(data.networkEvaluation.intermediaries.map((x) => x.node.id)).toEqual(["NET-K1", "NET-A1"]); // 4 pairs, then 1 (A1 < A2)
    expect(data.networkNode).toEqual({ organisation: { id: "NET-U1" }, degree: 3, brokerage: null }); // A1, E1, E2
    expect(data.brokerageRoles).toEqual({
      node: { id: "NET-K1" },
      type: "Broker",
      roles: { coordinator: 1, liaison: 0 },
    });
  });
});
