/**
 * `ttgraph analyze [--from D --to D] [--force] [--engine auto|gds|graphology]` — compute the
 * network analytics of the current graph version (all dates and each year, plus the given period)
 * and store them in Neo4j, where every API process reads them. Waits for another runner rather
 * than computing twice; prints progress and a table of the periods computed.
 */
import { writeFileSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Config } from "../config.js";
import { migrate } from "../db/migrate.js";
import { isIsoDate } from "../domain/dates.js";
import { withDriver } from "../db/with-driver.js";
import { runAnalytics, type AnalyzeReport, type RunProgress } from "../graph/analytics/run-analytics.js";
import { failCleanly } from "./fail-cleanly.js";
import type { Driver } from "neo4j-driver";

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError("a day of the calendar as YYYY-MM-DD");
  return value;
}

export interface AnalyzeCliOptions {
  from?: string;
  to?: string;
  force?: boolean;
  engine: "auto" | "gds" | "graphology";
  /** Write the run's report and the process's peak RSS as JSON to this file. */
  report?: string;
}

/** Run the analytics, waiting (and saying so) while another process holds the lock. */
export async function analyzeAndReport(
  driver: Driver,
  config: Config,
  opts: AnalyzeCliOptions,
  print: (line: string) => void = console.log,
): Promise<AnalyzeReport> {
  const custom = opts.from || opts.to ? [{ from: opts.from ?? null, to: opts.to ?? null }] : [];
  let shown = "";
  const onProgress = (p: RunProgress) => {
    const line = `analytics (graph version ${p.graphVersion}): ${p.phase} [${p.done}/${p.total}]`;
    if (line !== shown) print((shown = line));
  };
  for (;;) {
    const report = await runAnalytics(driver, {
      database: config.NEO4J_DATABASE,
      periods: custom,
      force: opts.force,
      engine: opts.engine,
      onProgress,
    });
    if (report.status !== "busy") {
      printReport(report, print);
      return report;
    }
    const h = report.holder;
    print(`another runner (${h?.owner ?? "?"}) is at work: ${h?.task ?? ""} — ${h?.phase ?? ""}; waiting…`);
    await new Promise((r) => setTimeout(r, 5000));
  }
}

function printReport(r: AnalyzeReport, print: (line: string) => void): void {
  if (r.status === "changing") {
    print(
      `graph version ${r.graphVersion} is marked as changing: an import is writing, or one was interrupted (run it again); nothing computed`,
    );
    return;
  }
  if (r.status === "up-to-date") {
    print(`analytics of graph version ${r.graphVersion} are up to date (nothing computed)`);
    return;
  }
  print(
    `analytics of graph version ${r.graphVersion} (engine ${r.engine}): ${r.periods.length} periods in ${(r.totalMs / 1000).toFixed(1)} s (loading ${(r.loadMs / 1000).toFixed(1)} s)`,
  );
  for (const p of r.periods) {
    print(
      `  ${p.period.padEnd(24)} ${String(p.nodes).padStart(8)} organisations ${String(p.ties).padStart(9)} ties  compute ${(p.computeMs / 1000).toFixed(1)} s  write ${(p.writeMs / 1000).toFixed(1)} s  stored at ${(p.readyMs / 1000).toFixed(1)} s`,
    );
    const phases = Object.entries(p.phasesMs).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`);
    print(`    ${phases.join(", ")}`);
  }
}

export function analyzeCommand(program: Command, config: Config): void {
  program
    .command("analyze")
    .description("compute and store the network analytics of the current graph version (all dates and each year)")
    .option("--from <date>", "also compute the period starting on this date (YYYY-MM-DD)", isoDate)
    .option("--to <date>", "also compute the period ending on this date (YYYY-MM-DD)", isoDate)
    .option("--force", "recompute periods already stored for this graph version")
    .addOption(
      new Option("--engine <engine>", "centrality engine").choices(["auto", "gds", "graphology"]).default("auto"),
    )
    .option("--report <file>", "write the run's report (periods, timings, peak RSS, CPU seconds) as JSON to this file")
    .action(
      failCleanly(async (opts: AnalyzeCliOptions) => {
        if (opts.from && opts.to && opts.from > opts.to) throw new Error("--from must not be after --to");
        let cpu = process.cpuUsage();
        const report = await withDriver(config, async (driver) => {
          await migrate(driver, config.NEO4J_DATABASE);
          // CPU of this process during the run (user + system, all its threads), beside the run's
          // wall-clock figures, which start at the same point: the run shares the cores with Neo4j.
          cpu = process.cpuUsage();
          const r = await analyzeAndReport(driver, config, opts);
          cpu = process.cpuUsage(cpu);
          return r;
        });
        if (report.status === "changing") process.exitCode = 1;
        if (opts.report) {
          const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
          const cpuSeconds = Math.round((cpu.user + cpu.system) / 100_000) / 10;
          writeFileSync(opts.report, JSON.stringify({ ...report, peakRssMb, cpuSeconds }, null, 2));
        }
      }),
    );
}
