/**
 * Explorer benchmark: builds explorer/bench.html, serves it, and measures in
 * headless Chromium at 1k, 5k and 20k elements — first render after the data arrives, median
 * frame time while panning and zooming, and the longest main-thread block — with the canvas
 * renderer and, at 20k, the WebGL renderer. Prints a table and PASS/FAIL per goal and appends the
 * figures to BENCHMARKS.md (section "Explorer").
 *
 * It also lays out planted-community graphs of 1,000 and 5,000 nodes as the canvas places a fresh
 * graph (the community layout) and prints the time, the share of node pairs drawn on top of each
 * other and how many nodes lie nearest their own community's centre.
 *
 *   npm run bench:explorer                      # 1k, 5k, 20k canvas + 20k WebGL + communities, records
 *   npm run bench:explorer -- --sizes 1000,5000 --no-webgl --no-record
 *   npm run bench:explorer -- --sizes none --community 1000,5000 --no-record
 */
import { rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { buildBenchPage } from "./explorer/build-page.js";
import { launchBrowser } from "../helpers/browser.js";
import {
  appendToBenchmarks,
  communityConsoleTable,
  communityVerdicts,
  consoleTable,
  markdownRun,
  verdictWord,
  verdicts,
} from "./explorer/report.js";
import { failedCase, runCase, runCommunityCase, type CaseResult, type CommunityResult } from "./explorer/scenario.js";
import { serveStatic } from "./explorer/static-server.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const list = (flag: string, fallback: number[]): number[] => {
  const value = args[args.indexOf(flag) + 1];
  if (!args.includes(flag) || !value) return fallback;
  return value === "none" ? [] : value.split(",").map(Number);
};
const sizes = list("--sizes", [1000, 5000, 20000]);
const communitySizes = list("--community", [1000, 5000]);
const withWebgl = !args.includes("--no-webgl");
const record = !args.includes("--no-record");

async function main(): Promise<void> {
  const loadStart = loadavg()[0]!;
  const t = Date.now();
  const outDir = await buildBenchPage(repoRoot);
  console.log(`bench page built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  const results: CaseResult[] = [];
  const community: CommunityResult[] = [];
  try {
    const cases = sizes.map((n) => ({ n, webgl: false }));
    if (withWebgl) for (const n of sizes.filter((s) => s >= 20000)) cases.push({ n, webgl: true });
    for (const c of cases) {
      process.stdout.write(`${c.n} elements, ${c.webgl ? "webgl" : "canvas"} … `);
      try {
        const r = await runCase(browser.context, server.url, c.n, c.webgl);
        console.log(`first render ${Math.round(r.firstRenderMs)} ms (renderer: ${r.renderer})`);
        results.push(r);
      } catch (e) {
        // A crashed or hung case is a result too (a FAIL row), not the end of the run.
        const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
        console.log(`failed: ${message}`);
        results.push(failedCase(c.n, c.webgl ? "webgl" : "canvas", message));
      }
    }
    for (const n of communitySizes) {
      process.stdout.write(`community layout, ${n} nodes … `);
      const r = await runCommunityCase(browser.context, server.url, n);
      console.log(r.error ? `failed: ${r.error}` : `laid out in ${Math.round(r.laidOutMs)} ms`);
      community.push(r);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const vs = [...verdicts(results), ...communityVerdicts(community)];
  console.log(`\n${consoleTable(results)}\n`);
  if (community.length > 0) console.log(`${communityConsoleTable(community)}\n`);
  for (const v of vs) console.log(`${verdictWord(v)}  ${v.goal}: ${v.measured}`);
  // The machine is shared: the load average says how much the figures are inflated.
  const load = `load average (1 min) at start / end ${loadStart.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}`;
  const context = `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, Chromium (Debian) headless, no GPU; ${load}.`;
  if (record) {
    appendToBenchmarks(resolve(repoRoot, "BENCHMARKS.md"), markdownRun(results, vs, context, community));
    console.log("\nappended to BENCHMARKS.md (section Explorer)");
  }
  if (vs.some((v) => !v.pass && !v.informational)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
