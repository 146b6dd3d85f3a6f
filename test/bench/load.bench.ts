/**
 * Load benchmark: autocannon against the real HTTP server (graph-api/src/main.ts in a child
 * process) on the city-scale database, read-only. Phases, each `--duration` seconds:
 *
 *   1. cheap mix, 20 connections;
 *   2. cheap mix, 100 connections;
 *   3. cheap mix, 100 connections, plus one heavy analytics call (networkEvaluation over a period
 *      no cache holds) fired at the start;
 *   4. cheap mix, 100 connections, plus the attacks (fragment bomb, deep filter, 5,000-term OR,
 *      10,001 aliases, 300 shortest paths, negative limit, self-spreading fragment) on 20 more
 *      connections, from four other client addresses (X-Forwarded-For, believed from loopback:
 *      the API runs with TRUST_PROXY=loopback as behind a load balancer), so each attacker has
 *      its own budget of refused requests (MAX_REFUSALS_PER_MINUTE) and is answered 429 once it
 *      is spent. `MAX_REFUSALS_PER_MINUTE=0 npm run bench:load` measures the attacks unthrottled.
 *
 * Each phase's connections are shared by two autocannon instances running at once: four fifths
 * send the cheap requests — lists (brokers by title, deals of a quarter, agencies of a level) and
 * resultJourney, a few ms of database work each — and one fifth the aggregates — conversionRate
 * and topBrokers of a year, 50–120 ms of database work each at city scale; their variables are
 * drawn at random for each request (load/workload.ts). Printed per phase: req/s, p50/p99/max of
 * each group, responses by status class, the response cache's hit rate of each group (answers
 * with an `age` header), the heavy call's time, the server's RSS before and after, the load
 * average. Goals: cheap p99 ≤ 250 ms, zero 5xx, memory
 * flat under attack (the attack phase adds at most 25% RSS: attack bodies are large garbage, RSS
 * moves with the collector; the heavy call keeps its result in a per-process cache).
 *
 *   npm run bench:load                              # city database on bolt://127.0.0.1:7711
 *   npm run bench:load -- --duration 10
 *   NEO4J_URI=bolt://127.0.0.1:7721 npm run bench:load   # another database
 *   RESPONSE_CACHE_TTL_SECONDS=0 npm run bench:load     # without the response cache (the API reads
 *                                                       # the same environment as in production)
 *   npm run bench:load -- --cpu-prof /tmp/prof          # with a V8 CPU profile of the API
 *
 * It never writes: a database without data is refused (load one with `npm run bench:api`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import autocannon, { type Request, type Result } from "autocannon";
import { loadConfig } from "../../graph-api/src/config.js";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { freePort } from "../helpers/free-port.js";
import { deepWhere, fragmentBomb } from "../helpers/hostile-documents.js";
import { aggregateRequests, cheapRequests, newCounts, readPools, type Counts } from "./load/workload.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const duration = Number(arg("--duration", "20"));
const NEO4J_URI = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7711";
/** `--cpu-prof DIR`: the API writes a V8 CPU profile of the whole run into DIR (open it in Chrome DevTools). */
const cpuProfDir = arg("--cpu-prof", "");

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.replace(/\D+/g, "") ?? 0) / 1024);
}

async function startServer(port: number): Promise<ChildProcess> {
  const profile = cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "graph-api/src/main.ts"], {
    env: {
      TRUST_PROXY: "loopback",
      ...process.env,
      NEO4J_URI,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      LOAD_DEMO: "false",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the API exited during start-up (code ${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("TTGraph is running")) resolve();
    });
  });
  return child;
}

const post = (query: string, variables: Record<string, unknown> = {}): Request => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});

/** The attackers' addresses (documentation range, RFC 5737), one drawn per request. */
const ATTACKERS = ["198.51.100.7", "198.51.100.8", "203.0.113.9", "203.0.113.10"];

function attackRequests(): Request[] {
  const or = Array.from({ length: 5000 }, (_, i) => ({ name: { eq: `n${i}` } }));
  const aliases = Array.from({ length: 10_001 }, (_, i) => `t${i}: __typename`).join(" ");
  const paths = Array.from(
    { length: 300 },
    (_, i) => `p${i}: shortestPath(fromId: "A", toId: "B", maxHops: 10) { nodes { id } }`,
  ).join(" ");
  const fromAttacker = (r: Request): Request => ({
    ...r,
    setupRequest: (req) => ({
      ...req,
      headers: { ...req.headers, "x-forwarded-for": ATTACKERS[Math.floor(Math.random() * ATTACKERS.length)] as string },
    }),
  });
  return [
    post(fragmentBomb(30)),
    post(`query ($w: BrokerWhere) { brokers(limit: 1, where: $w) { id } }`, { w: deepWhere(24) }),
    post(`query ($w: BrokerWhere) { brokers(where: $w) { id } }`, { w: { OR: or } }),
    post(`{ ${aliases} brokers(limit: 500) { deals(limit: 500) { brokers(limit: 500) { id } } } }`),
    post(`{ ${paths} }`),
    post(`{ brokers(limit: -1) { id } }`),
    post(`{ brokers(limit: 1) { ...A } } fragment A on Broker { id ...A }`),
  ].map(fromAttacker);
}

function counted(requests: Request[], counts: Counts): Request[] {
  return requests.map((r) => ({
    ...r,
    onResponse: (status: number) => {
      counts[status >= 500 ? "5xx" : status >= 400 ? "4xx" : "2xx"] += 1;
      if (status === 429) counts.throttled += 1;
    },
  }));
}

function cannon(url: string, connections: number, requests: Request[]): Promise<Result> {
  return autocannon({ url, connections, duration, requests, timeout: 60 });
}

interface Phase {
  name: string;
  connections: number;
  cheap: Result;
  aggregates: Result;
  cheapCounts: Counts;
  aggregateCounts: Counts;
  attackCounts?: Counts;
  attacks?: Result;
  heavyMs?: number;
  heavyStatus?: number;
  rssBefore: number;
  rssAfter: number;
  load: string;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_URI });
  const driver = createDriver(config);
  const nodes = Number((await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n")).records[0]?.get("n"));
  if (nodes === 0)
    throw new Error(`${NEO4J_URI} holds no data: load the city package with \`npm run bench:api\` first`);
  const pools = await readPools(driver);
  await driver.close();
  console.log(
    `${nodes.toLocaleString("en")} nodes at ${NEO4J_URI}; ${duration} s per phase; deal years ${pools.years[0]}–${pools.years.at(-1)}, ${pools.resultIds.length} results for journeys; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the start`,
  );
  console.log(
    `response cache ${config.RESPONSE_CACHE_TTL_SECONDS > 0 ? `${config.RESPONSE_CACHE_TTL_SECONDS} s` : "off"}, aggregates ${config.MAX_CONCURRENT_AGGREGATES} at once (queue ${config.MAX_QUEUED_AGGREGATES}), body limit ${config.MAX_REQUEST_BYTES} bytes, refused requests per client and minute ${config.MAX_REFUSALS_PER_MINUTE || "unlimited"}`,
  );

  const port = await freePort();
  const server = await startServer(port);
  const url = `http://127.0.0.1:${port}`;
  const pid = server.pid as number;
  const phases: Phase[] = [];
  try {
    // warm-up: schema paths, JIT, page cache
    await Promise.all([
      cannon(url, 8, cheapRequests(pools, newCounts())),
      cannon(url, 2, aggregateRequests(pools, newCounts())),
    ]);
    const run = async (name: string, connections: number, extra?: "heavy" | "attacks") => {
      const cheapCounts = newCounts();
      const aggregateCounts = newCounts();
      const attackCounts = newCounts();
      const rssBefore = rssMb(pid);
      let heavy: Promise<{ ms: number; status: number }> | undefined;
      let attacks: Promise<Result> | undefined;
      if (extra === "heavy") {
        // a period no cache holds: a fresh first computation of the whole network
        const day = String(1 + (Date.now() % 27)).padStart(2, "0");
        const query = `{ networkEvaluation(from: "2019-02-${day}", to: "2026-12-31", limit: 20) { nodeCount computeMs cached } }`;
        const started = performance.now();
        heavy = fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        }).then(async (r) => {
          await r.text();
          return { ms: performance.now() - started, status: r.status };
        });
      }
      if (extra === "attacks") attacks = cannon(url, 20, counted(attackRequests(), attackCounts));
      const [cheap, aggregates] = await Promise.all([
        cannon(url, connections - connections / 5, cheapRequests(pools, cheapCounts)),
        cannon(url, connections / 5, aggregateRequests(pools, aggregateCounts)),
      ]);
      const [h, attackResult] = await Promise.all([heavy, attacks]);
      phases.push({
        name,
        connections,
        cheap,
        aggregates,
        cheapCounts,
        aggregateCounts,
        attackCounts: extra === "attacks" ? attackCounts : undefined,
        attacks: attackResult,
        heavyMs: h?.ms,
        heavyStatus: h?.status,
        rssBefore,
        rssAfter: rssMb(pid),
        load: loadavg()
          .map((l) => l.toFixed(1))
          .join(" "),
      });
      console.log(`done: ${name}`);
    };
    await run("cheap mix", 20);
    await run("cheap mix", 100);
    await run("cheap mix + one uncached networkEvaluation", 100, "heavy");
    await run("cheap mix + attacks (20 more connections)", 100, "attacks");
  } finally {
    server.kill("SIGTERM");
  }
  report(phases);
}

/** The share of answers served from the response cache. */
const percent = (c: Counts) => {
  const all = c["2xx"] + c["4xx"] + c["5xx"];
  return all === 0 ? "–" : `${Math.round((100 * c.hits) / all)}%`;
};

function report(phases: Phase[]): void {
  const rows = phases.map((p) => ({
    phase: p.name,
    conns: p.connections,
    "cheap req/s": Math.round(p.cheap.requests.average),
    "cheap p50/p99/max ms": `${p.cheap.latency.p50}/${p.cheap.latency.p99}/${p.cheap.latency.max}`,
    "aggr. req/s": Math.round(p.aggregates.requests.average),
    "aggr. p50/p99 ms": `${p.aggregates.latency.p50}/${p.aggregates.latency.p99}`,
    "2xx/4xx/5xx": `${p.cheapCounts["2xx"] + p.aggregateCounts["2xx"]}/${p.cheapCounts["4xx"] + p.aggregateCounts["4xx"]}/${p.cheapCounts["5xx"] + p.aggregateCounts["5xx"]}`,
    "cache hits cheap/aggr.": `${percent(p.cheapCounts)}/${percent(p.aggregateCounts)}`,
    "conn errors": p.cheap.errors + p.cheap.timeouts + p.aggregates.errors + p.aggregates.timeouts,
    "attacks 2xx/4xx (429)/5xx": p.attackCounts
      ? `${p.attackCounts["2xx"]}/${p.attackCounts["4xx"]} (${p.attackCounts.throttled})/${p.attackCounts["5xx"]}`
      : "",
    "attack p50/p99 ms": p.attacks ? `${p.attacks.latency.p50}/${p.attacks.latency.p99}` : "",
    heavy: p.heavyMs !== undefined ? `${(p.heavyMs / 1000).toFixed(1)} s (${p.heavyStatus})` : "",
    "RSS MB": `${p.rssBefore} → ${p.rssAfter}`,
    load: p.load,
  }));
  console.log();
  console.table(rows);
  const worstP99 = Math.max(...phases.map((p) => p.cheap.latency.p99));
  const fiveXx = phases.reduce(
    (n, p) =>
      n +
      p.cheapCounts["5xx"] +
      p.aggregateCounts["5xx"] +
      (p.attackCounts?.["5xx"] ?? 0) +
      p.cheap.errors +
      p.aggregates.errors,
    0,
  );
  const attacked = phases.find((p) => p.attackCounts);
  const growth = attacked ? attacked.rssAfter / Math.max(1, attacked.rssBefore) : 0;
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  console.log(`\n- ${verdict(worstP99 <= 250)} cheap requests p99 ≤ 250 ms in every phase: worst ${worstP99} ms`);
  for (const p of phases) console.log(`    ${p.name}, ${p.connections} connections: p99 ${p.cheap.latency.p99} ms`);
  console.log(`- ${verdict(fiveXx === 0)} zero 5xx and connection errors: ${fiveXx}`);
  console.log(
    `- ${verdict(growth <= 1.25)} memory flat under attack (RSS over the attack phase ≤ ×1.25): ${attacked?.rssBefore} → ${attacked?.rssAfter} MB (×${growth.toFixed(2)})`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
