/**
 * Timings of the network, gaps and matching operations on whatever graph the configured Neo4j
 * holds (meant for city scale): the first computation of the network evaluation (goal ≤ 30 s), the
 * cached answer, and p50/max of the gap and matching operations over a few subjects.
 *   NEO4J_HOME=.neo4j-bench-network NEO4J_BOLT_PORT=7712 npx tsx test/bench/network.bench.ts
 */
import { loadavg } from "node:os";
import { loadConfig } from "../../graph-api/src/config.js";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { partnerGaps } from "../../graph-api/src/graph/gaps/chain-gaps.js";
import { memberGaps } from "../../graph-api/src/graph/gaps/member-gaps.js";
import { suggestPartners } from "../../graph-api/src/graph/gaps/suggest-partners.js";
import { matchResults } from "../../graph-api/src/graph/matching/match-results.js";
import { recommendBrokers } from "../../graph-api/src/graph/matching/recommend-brokers.js";
import { evaluateNetwork, type NetworkArgs } from "../../graph-api/src/graph/network/evaluate-network.js";
import { NetworkService } from "../../graph-api/src/graph/network/network-service.js";

const config = loadConfig();
const driver = createDriver(config);
const service = new NetworkService(driver);

async function timed<T>(label: string, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms`);
  return { ms, value };
}

async function series(label: string, subjects: string[], fn: (id: string) => Promise<unknown>): Promise<void> {
  const ms: number[] = [];
  for (const id of subjects) {
    const t = performance.now();
    await fn(id);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const p50 = ms[Math.floor((ms.length - 1) / 2)] ?? 0;
  console.log(
    `${label.padEnd(48)} p50 ${p50.toFixed(0).padStart(5)} ms  max ${(ms.at(-1) ?? 0).toFixed(0).padStart(5)} ms  (n=${ms.length})`,
  );
}

const ids = async (cypher: string): Promise<string[]> =>
  (await driver.executeQuery(cypher)).records.map((r) => String(r.get("id")));

try {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const args = (over: Partial<NetworkArgs> = {}): NetworkArgs => ({
    from: null,
    to: null,
    groupBy: "IN_CHENGDU",
    sort: "PAGERANK",
    community: null,
    limit: 200,
    edgeLimit: 1000,
    ...over,
  });
  const first = await timed("networkEvaluation all dates (first)", () => evaluateNetwork(service, args()));
  const v = first.value;
  console.log(
    `  nodes ${v.nodeCount}, ties ${v.edgeCount}, communities ${v.communityCount}, modularity ${v.modularity.toFixed(3)}, betweenness sampled ${v.betweennessSampled}, computeMs ${v.computeMs}`,
  );
  await timed("networkEvaluation all dates (cached)", () => evaluateNetwork(service, args({ sort: "BETWEENNESS" })));
  await timed("networkEvaluation 2024, CHAIN groups (first)", () =>
    evaluateNetwork(service, args({ from: "2024-01-01", to: "2024-12-31", groupBy: "CHAIN" })),
  );
  await timed("networkEvaluation 2024, CHAIN groups (cached)", () =>
    evaluateNetwork(service, args({ from: "2024-01-01", to: "2024-12-31", groupBy: "CHAIN" })),
  );

  const gapArgs = { allianceId: null, minIntermediaries: null, onlyGaps: false, limit: 100 };
  await timed("partnerGaps (first)", () => partnerGaps(driver, gapArgs, { cache: service }));
  await timed("partnerGaps (cached)", () =>
    partnerGaps(driver, { ...gapArgs, minIntermediaries: 50 }, { cache: service }),
  );
  await timed("memberGaps all dates (first)", () =>
    memberGaps(driver, { allianceId: null, from: null, to: null, limit: 50 }, { cache: service }),
  );
  await timed("memberGaps all dates (cached)", () =>
    memberGaps(driver, { allianceId: null, from: null, to: null, limit: 50 }, { cache: service }),
  );
  await timed("memberGaps 2024 (first)", () =>
    memberGaps(driver, { allianceId: null, from: "2024-01-01", to: "2024-12-31", limit: 50 }, { cache: service }),
  );

  const demands = await ids("MATCH (d:Demand {status: 'OPEN'}) RETURN d.id AS id ORDER BY d.id LIMIT 10");
  await series("matchResults (10 open demands)", demands, (id) => matchResults(driver, id, 20));
  await series("recommendBrokers (10 open demands)", demands, (id) => recommendBrokers(driver, id, 10));
  const orgs = [
    ...(await ids("MATCH (a:Agency)-[:MEMBER_OF]->(:Alliance) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 4")),
    ...(await ids("MATCH (e:Enterprise)<-[:BUYER]-() RETURN DISTINCT e.id AS id ORDER BY id LIMIT 3")),
    ...(await ids("MATCH (i:Institution)<-[:SELLER]-() RETURN DISTINCT i.id AS id ORDER BY id LIMIT 3")),
  ];
  await timed("suggestPartners (first: loads the partner index)", () =>
    suggestPartners(driver, service, { orgId: orgs[0] ?? "", membersOnly: false, limit: 10 }),
  );
  await series("suggestPartners (agencies, enterprises, institutions)", orgs, (id) =>
    suggestPartners(driver, service, { orgId: id, membersOnly: false, limit: 10 }),
  );
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
} finally {
  await driver.close();
}
