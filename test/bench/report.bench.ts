/**
 * White-paper benchmark: on a city-scale database (the API benchmark's, loaded once by
 * prepareBenchDb; NEO4J_HOME / NEO4J_BOLT_PORT choose another), runs the real CLI
 * `ttgraph report --year Y --format pdf|xlsx` as a child process under its 384 MB heap cap and
 * prints its time and peak memory (the CLI and the Chromium it starts), against the goal of
 * < 30 s; then times the flows view's request (flows + conversionRate, as the explorer sends them)
 * for every period from one year to all years (goal < 2 s each). A baseline measured in the same
 * run — one conversionRate scan of the year — gives ratios that compare across machines.
 *
 *   npm run bench:report                      # city scale, year 2025
 *   npm run bench:report -- --year 2024 --runs 2
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { requestContextOf } from "../../graph-api/src/db/request-context.js";
import { getConversionRate } from "../../graph-api/src/graph/conversion/conversion.js";
import { yearPeriod } from "../../graph-api/src/graph/common/period.js";
import { getFlows } from "../../graph-api/src/graph/tracing/flows.js";
import { configureLogger } from "../../graph-api/src/logger.js";
import { prepareBenchDb } from "./api/bench-db.js";
import { sampleMemory } from "./report/process-tree-memory.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const year = Number(arg("--year", "2025"));
const runs = Number(arg("--runs", "2"));
const GOAL_REPORT_S = 30;
const GOAL_FLOWS_S = 2;

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await f();
  return { ms: performance.now() - started, value };
}

function runCli(
  env: NodeJS.ProcessEnv,
  format: string,
  out: string,
): Promise<{ ms: number; peakMb: number | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ["graph-api/bin/ttgraph.js", "report", "--year", String(year), "--format", format, "--out", out],
      {
        env,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const memory = sampleMemory(child.pid!);
    child.on("error", reject);
    child.on("exit", (code) => {
      const { peakMb } = memory.stop();
      if (code !== 0) reject(new Error(`ttgraph report exited with ${code}:\n${stderr}`));
      else resolve({ ms: performance.now() - started, peakMb, code });
    });
  });
}

async function main(): Promise<void> {
  const { config, driver } = await prepareBenchDb("city", 2024, console.log);
  configureLogger("warn");
  const period = yearPeriod(year);
  const rq = requestContextOf(driver, { ...config, QUERY_TIMEOUT_MS: 120_000 }, []);
  console.log(
    `\nmachine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );

  await getConversionRate(rq, period, "SELLER_DISTRICT", 500); // warm the page cache once
  const baseline = await timed(() => getConversionRate(rq, period, "SELLER_DISTRICT", 500));
  console.log(`baseline: conversionRate(${year}, SELLER_DISTRICT) ${baseline.ms.toFixed(0)} ms\n`);

  const dir = mkdtempSync(join(tmpdir(), "ttgraph-bench-report-"));
  const env = { ...process.env, NEO4J_URI: config.neo4jUri, NEO4J_PASSWORD: config.NEO4J_PASSWORD, LOG_LEVEL: "warn" };
  console.log(`report ${year} (the CLI, heap cap 384 MB; peak = RSS of the CLI and its Chromium):`);
  console.log("format | run | time | peak memory | ×baseline | goal");
  let worst = 0;
  try {
    for (const format of ["pdf", "xlsx"]) {
      for (let i = 1; i <= runs; i++) {
        const out = join(dir, `report-${i}.${format}`);
        const r = await runCli(env, format, out);
        worst = Math.max(worst, r.ms);
        console.log(
          `${format} | ${i} | ${seconds(r.ms)} s | ${r.peakMb ?? "?"} MB | ${(r.ms / baseline.ms).toFixed(0)}× | ${r.ms < GOAL_REPORT_S * 1000 ? "PASS" : "FAIL"} (< ${GOAL_REPORT_S} s; ${(statSync(out).size / 1024).toFixed(0)} KB)`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(`\nflows view request (flows INSTITUTION → DISTRICT + conversionRate, concurrently) per period:`);
  console.log("period | years | time | ×baseline | goal");
  let slowest = 0;
  for (let span = 1; span <= 8; span++) {
    const p = { from: `${2027 - span}-01-01`, to: "2026-12-31" };
    await getFlows(rq, { period: p, source: "INSTITUTION", target: "DISTRICT", sourceId: null, nodesPerSide: 10 });
    const r = await timed(() =>
      Promise.all([
        getFlows(rq, { period: p, source: "INSTITUTION", target: "DISTRICT", sourceId: null, nodesPerSide: 10 }),
        getConversionRate(rq, p, "NONE", 500),
      ]),
    );
    slowest = Math.max(slowest, r.ms);
    const [flows] = r.value;
    console.log(
      `${p.from}..${p.to} | ${span} | ${r.ms.toFixed(0)} ms | ${(r.ms / baseline.ms).toFixed(1)}× | ${r.ms < GOAL_FLOWS_S * 1000 ? "PASS" : "FAIL"} (< ${GOAL_FLOWS_S} s; ${flows.totalDeals} deals drawn)`,
    );
  }
  console.log(
    `\nsummary: slowest report ${seconds(worst)} s (goal < ${GOAL_REPORT_S} s), slowest flows period ${slowest.toFixed(0)} ms (goal < ${GOAL_FLOWS_S * 1000} ms); load average now ${loadavg()[0]!.toFixed(2)}`,
  );
  await driver.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
