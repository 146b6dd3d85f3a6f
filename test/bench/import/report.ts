/** The import benchmark's table, goals and its "## Import" section of BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import type { BaselineResult } from "./baseline.js";
import type { ChildResult } from "./import-child.js";

export interface ScaleRun {
  scale: string;
  result: ChildResult;
}

export interface Verdict {
  pass: boolean | undefined;
  goal: string;
  measured: string;
}

const f0 = (n: number) => Math.round(n).toLocaleString("en");
const rate = (rows: number, s: number) => (s > 0 ? rows / s : 0);

export function machine(neo4j: string): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${osType()} ${release()}, Node ${process.version}, ${neo4j}`;
}

export function table(runs: ScaleRun[]): string {
  const head =
    "| scale | nodes | relationships | seconds (validate + write) | nodes/s | relationships/s | rows/s | importer peak RSS |";
  const sep = "|---|--:|--:|--:|--:|--:|--:|--:|";
  const lines = runs.map(({ scale, result: r }) => {
    const s = `${r.seconds.toFixed(1)} (${r.validateSeconds.toFixed(1)} + ${r.writeSeconds.toFixed(1)})`;
    return `| ${scale} | ${f0(r.nodes)} | ${f0(r.relationships)} | ${s} | ${f0(rate(r.nodes, r.seconds))} | ${f0(rate(r.relationships, r.seconds))} | ${f0(rate(r.rowsRead, r.seconds))} | ${f0(r.maxRssMb)} MB |`;
  });
  return [head, sep, ...lines].join("\n");
}

/** Speed-up of the batched importer (whole city import, validation included) over the baseline. */
export function speedup(runs: ScaleRun[], baseline: BaselineResult | undefined): number | undefined {
  const ref = runs.find((r) => r.scale === "city") ?? runs.at(-1);
  if (!ref || !baseline) return undefined;
  return rate(ref.result.rowsRead, ref.result.seconds) / baseline.rowsPerSecond;
}

export function verdicts(runs: ScaleRun[], ratio: number | undefined): Verdict[] {
  const city = runs.find((r) => r.scale === "city")?.result;
  const x10 = runs.find((r) => r.scale === "x10")?.result;
  return [
    {
      pass: city && city.ok ? city.seconds < 180 : undefined,
      goal: "city import < 3 minutes",
      measured: city ? `${city.seconds.toFixed(1)} s` : "not run",
    },
    {
      pass: ratio === undefined ? undefined : ratio >= 20,
      goal: "≥ 20× the row-at-a-time MERGE baseline",
      measured: ratio === undefined ? "not run" : `${ratio.toFixed(1)}×`,
    },
    {
      pass: x10 && x10.ok ? x10.maxRssMb < 600 : undefined,
      goal: "importer peak RSS < 600 MB at x10",
      measured: x10 ? `${f0(x10.maxRssMb)} MB` : "not run",
    },
  ];
}

export function verdictLines(vs: Verdict[]): string[] {
  return vs.map((v) => `- ${v.pass === undefined ? "NOT RUN" : v.pass ? "PASS" : "FAIL"} — ${v.goal}: ${v.measured}`);
}

/**
 * Replace the "## Import" section of BENCHMARKS.md (or append it), leaving other sections alone.
 * A "### Notes" subsection written by hand at the end of the section is kept.
 */
export function recordSection(file: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = text.search(/^## Import\s*$/m);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n## Import\n\n${body.trim()}\n`);
    return;
  }
  const rest = text.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? text.length : start + 1 + next;
  const old = text.slice(start, end);
  const notesAt = old.search(/^### Notes\s*$/m);
  const notes = notesAt < 0 ? "" : `\n${old.slice(notesAt).trim()}\n`;
  const section = `## Import\n\n${body.trim()}\n${notes}`;
  writeFileSync(file, `${text.slice(0, start)}${section}${next < 0 ? "" : `\n${text.slice(end)}`}`);
}
