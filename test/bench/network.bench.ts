/**
 * `npm run bench:network [-- --scale demo|city|x10] [--runs N] [--skip-run]`: the stored
 * analytics on whatever graph the configured Neo4j holds (NEO4J_URI, or NEO4J_HOME and
 * NEO4J_BOLT_PORT of a local server; default the API benchmark's own database, see bench-db.ts).
 *  1. the analytics run of every standard period (`ttgraph analyze --force` in a child process,
 *     under its own heap cap: its time per period and its peak RSS);
 *  2. the answers read from the stored results: networkEvaluation (all dates and a year, several
 *     sort keys, one community), networkNode, partnerGaps, memberGaps, suggestPartners,
 *     matchResults and recommendBrokers — p50 / p95 / max over N runs on varied subjects.
 * Prints the goals beside the figures, and the load average (the machine is shared).
 * `--scale` loads the generated package of that scale first when the database does not hold it
 * (it resets that database: never point it at a database others use); without it the database is
 * measured as it is.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { AnalyticsService } from "../../graph-api/src/graph/analytics/analytics-service.js";
import type { AnalyzeReport } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { partnerGaps } from "../../graph-api/src/graph/gaps/chain-gaps.js";
import { memberGaps } from "../../graph-api/src/graph/gaps/member-gaps.js";
import { suggestPartners } from "../../graph-api/src/graph/gaps/suggest-partners.js";
import { matchResults } from "../../graph-api/src/graph/matching/match-results.js";
import { recommendBrokers } from "../../graph-api/src/graph/matching/recommend-brokers.js";
import {
  evaluateNetwork,
  networkArgs,
  networkNode,
  type NetworkSort,
} from "../../graph-api/src/graph/network/evaluate-network.js";
import { isScaleName } from "../../graph-api/src/ingest/generate/scales.js";
import { benchConfig, prepareBenchDb } from "./api/bench-db.js";
import { ms, percentile } from "./api/stats.js";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { requestContextOf } from "../../graph-api/src/db/request-context.js";
import { status } from "../../neo4j-local/server.js";
import { cpuSecondsOf } from "./process-cpu.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 20);
const scale = arg("--scale");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

/** Goals of the issue, by scale (ms and MB); undefined = no goal at that scale. */
const GOALS: Record<string, { total?: number; allDates?: number; rssMb?: number; read?: number; match?: number }> = {
  demo: {},
  city: { total: 10_000 },
  x10: { total: 120_000, allDates: 30_000, rssMb: 1536, read: 200, match: 300 },
};

async function main(): Promise<void> {
  let driver: Driver;
  const config = benchConfig();
  if (scale) {
    if (!isScaleName(scale)) throw new Error(`--scale: demo, city or x10 (got ${scale})`);
    ({ driver } = await prepareBenchDb(scale, 2024, console.log));
  } else {
    driver = createDriver(config);
  }
  const label = scale ?? arg("--label") ?? config.neo4jUri;
  const goals = GOALS[label] ?? {};
  try {
    const counts = await driver.executeQuery(
      "MATCH (d:Deal) WITH count(d) AS deals MATCH (n:Entity) RETURN deals, count(n) AS nodes",
    );
    const c = counts.records[0]?.toObject() as { deals: number; nodes: number };
    console.log(`bench:network — ${label} (${c.nodes} nodes, ${c.deals} deals) at ${config.neo4jUri}`);
    console.log(`load average at start: ${load()}`);

    if (!process.argv.includes("--skip-run")) {
      const server = config.localNeo4j ? await status(config) : undefined;
      runAnalytics(goals, config.neo4jUri, server?.running ? server.pid : undefined);
    }

    const analytics = new AnalyticsService(driver, { ...config, ANALYTICS_IN_API: false });
    // As the API calls them: the request context of an alliance caller, with the process's analytics service.
    const rq = requestContextOf(driver, config, ["alliance"]);
    const ctx = { ...rq, analytics };
    const ids = async (cypher: string): Promise<string[]> =>
      (await driver.executeQuery(cypher)).records.map((r) => String(r.get("id")));
    const years = (await ids("MATCH (d:Deal) RETURN DISTINCT d.signedOn.year AS id ORDER BY id")).map(Number);
    const year = years.at(-2) ?? years[0] ?? 2024;
    const periods = [
      { from: null, to: null },
      { from: `${year}-01-01`, to: `${year}-12-31` },
    ];
    const net = networkArgs;
    const sorts: NetworkSort[] = ["PAGERANK", "BETWEENNESS", "DEGREE", "CONSTRAINT"];
    const first = await evaluateNetwork(ctx, net({}));
    if (first.status !== "READY") throw new Error(`stored results not ready (${first.status})`);
    const orgIds = first.nodes.map((n) => n.id);
    const members = await ids(
      "MATCH (a:Agency)-[:MEMBER_OF]->(:Alliance) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 10",
    );
    const enterprises = await ids("MATCH (e:Enterprise)<-[:BUYER]-() RETURN DISTINCT e.id AS id ORDER BY id LIMIT 5");
    const institutions = await ids(
      "MATCH (i:Institution)<-[:SELLER]-() RETURN DISTINCT i.id AS id ORDER BY id LIMIT 5",
    );
    const suggestFor = [...members, ...enterprises, ...institutions];
    const demands = await ids("MATCH (d:Demand {status: 'OPEN'}) RETURN d.id AS id ORDER BY d.id LIMIT 20");

    console.log(
      `\nanswers from stored results (${RUNS} runs each; goal p95 ≤ ${goals.read ?? "—"} / ${goals.match ?? "—"} ms at x10)`,
    );
    console.log(`${"operation".padEnd(52)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}`);
    const k = (i: number) => i % 7;
    await series("networkEvaluation (all dates / year, 4 sorts)", goals.read, (i) =>
      evaluateNetwork(ctx, net({ ...periods[i % 2], sort: sorts[k(i) % sorts.length] })),
    );
    await series("networkEvaluation community drill-down", goals.read, (i) =>
      evaluateNetwork(ctx, net({ community: i % Math.max(1, Math.min(5, first.communityCount)), sort: "BETWEENNESS" })),
    );
    await series("networkNode", goals.read, (i) =>
      networkNode(ctx, orgIds[i % orgIds.length] ?? "", periods[i % 2]!, "IN_CHENGDU"),
    );
    const stored = { stored: ctx };
    await series("partnerGaps", goals.read, (i) =>
      partnerGaps(rq, { allianceId: null, minIntermediaries: i % 2 ? 50 : null, onlyGaps: false, limit: 100 }, stored),
    );
    await series("memberGaps (all dates / year)", goals.read, (i) =>
      memberGaps(rq, { allianceId: null, ...periods[i % 2]!, limit: 50 }, stored),
    );
    await series("suggestPartners (agencies, enterprises, institutions)", goals.match, (i) =>
      suggestPartners(ctx, { orgId: suggestFor[i % suggestFor.length] ?? "", membersOnly: false, limit: 10 }),
    );
    await series("matchResults (open demands)", goals.match, (i) =>
      matchResults(rq, demands[i % demands.length] ?? "", 20, ctx),
    );
    await series("recommendBrokers (open demands)", goals.match, (i) =>
      recommendBrokers(rq, demands[i % demands.length] ?? "", 10, ctx),
    );
    // The stored lists must give the live rankings' answers (the live ones walk the chains).
    let same = 0;
    for (const id of demands) {
      const a = [await matchResults(rq, id, 20, ctx), await recommendBrokers(rq, id, 10, ctx)];
      const b = [await matchResults(rq, id, 20), await recommendBrokers(rq, id, 10)];
      if (JSON.stringify(a) === JSON.stringify(b)) same += 1;
      else console.log(`stored and live matching differ for ${id}`);
    }
    console.log(`matching from stored lists equal to the live rankings: ${same} of ${demands.length} demands`);
    console.log(`\nload average at end: ${load()}`);
  } finally {
    await driver.close();
  }
}

/** The analytics run in a child process (its own heap cap), with its report. */
function runAnalytics(goals: (typeof GOALS)[string], neo4jUri: string, serverPid: number | undefined): void {
  const dir = mkdtempSync(join(tmpdir(), "ttgraph-bench-network-"));
  const serverCpuBefore = cpuSecondsOf(serverPid);
  try {
    const file = join(dir, "report.json");
    const child = spawnSync(process.execPath, ["graph-api/bin/ttgraph.js", "analyze", "--force", "--report", file], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEO4J_URI: neo4jUri, LOG_LEVEL: "warn" },
    });
    if (child.status !== 0) throw new Error(`ttgraph analyze failed (${child.status})`);
    const serverCpuAfter = cpuSecondsOf(serverPid); // undefined if the server stopped meanwhile
    const serverCpu =
      serverCpuBefore === undefined || serverCpuAfter === undefined ? undefined : serverCpuAfter - serverCpuBefore;
    const r = JSON.parse(readFileSync(file, "utf8")) as AnalyzeReport & { peakRssMb: number; cpuSeconds: number };
    const allDates = r.periods.find((p) => p.period === "*..*");
    // From the run's start to all dates stored: its loads, centralities, lists, metrics and write.
    const allDatesMs = allDates?.readyMs ?? 0;
    const verdict = (v: number, goal: number | undefined) => (goal === undefined ? "" : v <= goal ? "PASS" : "MISS");
    console.log(`\nanalytics run (engine ${r.engine}, load average now ${load()})`);
    // The lists that go with all dates are built while loading, beside its centralities.
    const built = ["partnerLists", "matchLists"]
      .filter((k) => allDates?.phasesMs[k] !== undefined)
      .map((k) => `${k} ${((allDates?.phasesMs[k] as number) / 1000).toFixed(1)} s`);
    console.log(
      `  loading deals and facts        ${ms(r.loadMs / 1000)} s` +
        (built.length ? ` (building in it ${built.join(", ")})` : ""),
    );
    for (const p of r.periods) {
      const lists = ["writeLists"]
        .filter((k) => p.phasesMs[k] !== undefined)
        .map((k) => `${k} ${((p.phasesMs[k] as number) / 1000).toFixed(1)} s`);
      console.log(
        `  ${p.period.padEnd(24)} ${String(p.nodes).padStart(8)} orgs ${String(p.ties).padStart(9)} ties  compute ${(p.computeMs / 1000).toFixed(1)} s  write ${(p.writeMs / 1000).toFixed(1)} s  stored at ${(p.readyMs / 1000).toFixed(1)} s` +
          (lists.length ? ` (of which ${lists.join(", ")})` : ""),
      );
    }
    console.log(
      `  all periods ${(r.totalMs / 1000).toFixed(1)} s (goal ${goals.total ? `${goals.total / 1000} s` : "—"}) ${verdict(r.totalMs, goals.total)}` +
        ` · all dates stored after ${(allDatesMs / 1000).toFixed(1)} s (goal ${goals.allDates ? `${goals.allDates / 1000} s` : "—"}) ${verdict(allDatesMs, goals.allDates)}` +
        ` · peak RSS ${r.peakRssMb} MB (goal ${goals.rssMb ?? "—"}) ${verdict(r.peakRssMb, goals.rssMb)}`,
    );
    // What the run cost in CPU, and the least wall-clock time that work needs on this machine's cores.
    const cores = availableParallelism();
    const total = r.cpuSeconds + (serverCpu ?? 0);
    console.log(
      `  CPU: runner ${r.cpuSeconds.toFixed(1)} s` +
        (serverCpu === undefined
          ? " (Neo4j's not measured: not a local server)"
          : ` + Neo4j ${serverCpu.toFixed(1)} s = ${total.toFixed(1)} core-seconds: at least ${(total / cores).toFixed(1)} s on ${cores} cores`),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function series(label: string, goal: number | undefined, fn: (i: number) => Promise<unknown>): Promise<void> {
  await fn(0); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  const p95 = percentile(samples, 95);
  const verdict = goal === undefined ? "" : p95 <= goal ? "PASS" : "MISS";
  console.log(
    `${label.padEnd(52)} ${ms(percentile(samples, 50)).padStart(7)} ${ms(p95).padStart(7)} ${ms(Math.max(...samples)).padStart(7)}  ${verdict}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
