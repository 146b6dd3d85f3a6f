/**
 * Import benchmark (speed and memory): generated packages (cached in .bench-data/) are
 * imported with `importPackage` into the bench Neo4j (.neo4j-bench, port 7710, reset before each
 * run), each import in a child process whose own peak RSS is reported; a row-at-a-time MERGE
 * baseline runs on a sample of the city package in the same run. Prints nodes/s, relationships/s,
 * seconds and peak RSS per scale, the speed-up, and PASS/FAIL against the goals; records the
 * figures in BENCHMARKS.md ("## Import").
 *
 *   npm run bench:import                              # demo, city and x10 (x10 takes long)
 *   npm run bench:import -- --scales demo,city --no-record
 *   options: --seed N (2024) --baseline-rels N (first N rows of each relationship file, 60) --keep-db
 *            --child-node-options "--max-old-space-size=256" (Node flags of the importer process;
 *              default: the `ttgraph` command's own heap cap, graph-api/bin/heap-cap.js)
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { generatePackage } from "../../graph-api/src/ingest/generate/generate-package.js";
import { isScaleName, type ScaleName } from "../../graph-api/src/ingest/generate/scales.js";
import { runBaseline, sampleRows, type BaselineResult } from "./import/baseline.js";
import { benchConfig, benchEnv, resetBenchDb, serverVersion, stopBenchDb } from "./import/bench-server.js";
import type { ChildResult } from "./import/import-child.js";
import { HEAP_FLAG } from "../../graph-api/bin/heap-cap.js";
import { machine, recordSection, speedup, table, verdictLines, verdicts, type ScaleRun } from "./import/report.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const scales = arg("--scales", "demo,city,x10").split(",").filter(isScaleName);
const seed = Number(arg("--seed", "2024"));
const baselineRels = Number(arg("--baseline-rels", "60"));
const record = !args.includes("--no-record");
const keepDb = args.includes("--keep-db");
const childFlags = arg("--child-node-options", HEAP_FLAG).split(" ").filter(Boolean);

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const CACHE = join(ROOT, ".bench-data");
const CHILD = fileURLToPath(new URL("./import/import-child.ts", import.meta.url));

/** The cached package of a scale and seed, generated once (a marker file says it is complete). */
async function packageFor(scale: ScaleName): Promise<string> {
  const dir = join(CACHE, `${scale}-seed${seed}`);
  const marker = `${dir}.complete.json`;
  if (existsSync(marker)) return dir;
  console.log(`generating ${scale} (seed ${seed}) into ${dir} …`);
  const report = await generatePackage({ scale, seed, out: dir });
  writeFileSync(marker, JSON.stringify({ ...report, files: undefined }, null, 2));
  console.log(
    `  ${report.nodes.toLocaleString("en")} nodes, ${report.relationships.toLocaleString("en")} relationships in ${report.seconds.toFixed(1)} s`,
  );
  return dir;
}

/** Import `dir` in a child process (its own peak RSS) and return its figures. */
function importInChild(dir: string): ChildResult {
  const out = execFileSync(process.execPath, [...childFlags, "--import", "tsx", CHILD, dir], {
    cwd: ROOT,
    env: { ...process.env, ...benchEnv() },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const last = out.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as ChildResult;
}

async function baseline(dir: string): Promise<BaselineResult> {
  const config = benchConfig();
  const sample = await sampleRows(dir, baselineRels);
  const driver = createDriver(config);
  try {
    return await runBaseline(driver, config.NEO4J_DATABASE, sample);
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  if (scales.length === 0) throw new Error("--scales: a comma-separated list of demo, city, x10");
  const config = benchConfig();
  const log = (m: string) => console.log(m);
  const packages = new Map<ScaleName, string>();
  for (const s of new Set<ScaleName>([...scales, "city"])) packages.set(s, await packageFor(s));

  console.log(
    `\nbaseline: one auto-commit MERGE per row, first ${baselineRels} rows of each relationship file of city + their nodes`,
  );
  await resetBenchDb(config, log);
  const base = await baseline(packages.get("city")!);
  console.log(
    `  ${base.rows.toLocaleString("en")} rows in ${base.seconds.toFixed(1)} s = ${base.rowsPerSecond.toFixed(0)} rows/s`,
  );

  const runs: ScaleRun[] = [];
  for (const scale of scales) {
    console.log(`\nimport ${scale}`);
    await resetBenchDb(config, log);
    const result = importInChild(packages.get(scale)!);
    if (!result.ok) console.log(`  import FAILED: ${result.errors.join("; ")}`);
    console.log(
      `  ${result.rowsRead.toLocaleString("en")} rows in ${result.seconds.toFixed(1)} s, peak RSS ${result.maxRssMb.toFixed(0)} MB`,
    );
    runs.push({ scale, result });
  }
  const neo4j = await serverVersion(config);
  if (!keepDb) await stopBenchDb(config);

  const ratio = speedup(runs, base);
  const lines = verdictLines(verdicts(runs, ratio));
  const body = [
    `Machine: ${machine(neo4j)}. Bench server: heap ${config.NEO4J_HEAP}, page cache ${config.NEO4J_PAGECACHE}. Seed ${seed}; measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC (\`npm run bench:import -- --scales ${scales.join(",")}\`).`,
    `Load average (1 min) at start / end of the run: ${loadAtStart.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} — the machine is shared, so figures taken under load are pessimistic.`,
    `Each import runs in a child process (peak RSS = that process's own maxRSS${childFlags.length ? `; Node flags: \`${childFlags.join(" ")}\`` : ", default Node flags"}) against a freshly reset database; seconds include the validation pass.`,
    "",
    table(runs),
    "",
    `Row-at-a-time baseline (one auto-commit MERGE per row, the importer's own statements, on ${base.rows.toLocaleString("en")} rows of city): ${base.rowsPerSecond.toFixed(0)} rows/s; batched importer ${ratio === undefined ? "—" : `${ratio.toFixed(1)}×`} faster (whole import, validation pass included).`,
    "",
    ...lines,
  ].join("\n");
  console.log(`\n${body}\n`);
  if (record) {
    recordSection(join(ROOT, "BENCHMARKS.md"), body);
    console.log("recorded in BENCHMARKS.md (## Import)");
  }
  if (lines.some((l) => l.includes("FAIL"))) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
