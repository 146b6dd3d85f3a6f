/**
 * The explorer's speed goals, the printed table, and the BENCHMARKS.md section "Explorer" — appended
 * to, never rewritten, because other benchmarks write their own sections of the same file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { CaseResult, CommunityResult } from "./scenario.js";

export const GOALS = {
  firstRenderMs: 2000, // at 5k elements
  frameMedianMs: 50, // at 5k elements, pan and zoom
  longestBlockMs: 1000, // at 20k elements
  communityLayoutMs: 5000, // community layout of 1,000–5,000 nodes
  overlappingPairs: 0.01, // share of node pairs drawn on top of each other
} as const;

export interface Verdict {
  goal: string;
  measured: string;
  pass: boolean;
  /** Shown for information, not a goal (the optional WebGL renderer: no GPU on this machine). */
  informational?: boolean;
}

/** PASS / FAIL, or INFO for an informational row. */
export const verdictWord = (v: Verdict): string => (v.informational ? "INFO" : v.pass ? "PASS" : "FAIL");

const ms = (v: number): string => (Number.isFinite(v) ? `${Math.round(v)} ms` : "—");

export function verdicts(results: readonly CaseResult[]): Verdict[] {
  const out: Verdict[] = [];
  const at5k = results.find((r) => r.elements === 5000 && r.renderer === "canvas");
  if (at5k) {
    out.push({
      goal: `5k: first render ≤ ${GOALS.firstRenderMs} ms`,
      measured: ms(at5k.firstRenderMs),
      pass: at5k.firstRenderMs <= GOALS.firstRenderMs,
    });
    const worst = Math.max(at5k.panMedianMs, at5k.zoomMedianMs);
    out.push({
      goal: `5k: pan/zoom median frame ≤ ${GOALS.frameMedianMs} ms`,
      measured: `pan ${ms(at5k.panMedianMs)}, zoom ${ms(at5k.zoomMedianMs)}`,
      pass: worst <= GOALS.frameMedianMs,
    });
  }
  // The goal holds for the default renderer (canvas); WebGL is an opt-in upgrade where a GPU exists.
  for (const r of results.filter((x) => x.elements === 20000)) {
    out.push({
      goal: `20k (${r.renderer}${r.renderer === "webgl" ? ", optional" : ""}): longest block ≤ ${GOALS.longestBlockMs} ms`,
      measured: r.error ? `failed: ${r.error}` : ms(r.longestBlockMs),
      pass: r.longestBlockMs <= GOALS.longestBlockMs,
      ...(r.renderer === "webgl" ? { informational: true } : {}),
    });
  }
  return out;
}

const pct = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(v < 0.001 ? 4 : 2)} %` : "—");

/** Goals of the community layout cases. */
export function communityVerdicts(results: readonly CommunityResult[]): Verdict[] {
  return results.flatMap((r) => [
    {
      goal: `community layout ${r.nodes} nodes: ≤ ${GOALS.communityLayoutMs / 1000} s`,
      measured: r.error ? `failed: ${r.error}` : ms(r.laidOutMs),
      pass: r.laidOutMs <= GOALS.communityLayoutMs,
    },
    {
      goal: `community layout ${r.nodes} nodes: ≤ ${GOALS.overlappingPairs * 100} % of node pairs overlapping`,
      measured: r.error ? "—" : `${pct(r.pairShare)} (nodes in an overlap: ${pct(r.nodeShare)})`,
      pass: r.pairShare <= GOALS.overlappingPairs,
    },
  ]);
}

const COMMUNITY_HEADER = [
  "nodes",
  "edges",
  "layout done",
  "pairs overlapping",
  "nodes overlapping",
  "own community nearest",
  "longest block",
];

function communityRow(r: CommunityResult): string[] {
  return [
    String(r.nodes),
    Number.isFinite(r.edges) ? String(r.edges) : "—",
    ms(r.laidOutMs),
    pct(r.pairShare),
    pct(r.nodeShare),
    pct(r.separation),
    ms(r.longestBlockMs),
  ];
}

/** Fixed-width table of the community layout cases. */
export function communityConsoleTable(results: readonly CommunityResult[]): string {
  return fixedWidth([COMMUNITY_HEADER, ...results.map(communityRow)]);
}

/** Rows of cells as a right-aligned fixed-width table (the first row is the header). */
function fixedWidth(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ")).join("\n");
}

/** The community layout cases as a markdown table (appended to a run). */
export function communityMarkdown(results: readonly CommunityResult[]): string {
  if (results.length === 0) return "";
  return [
    "Community layout (planted-community graphs, fresh placement as on the canvas: worker, Louvain, ForceAtlas2 per community, Noverlap):",
    "",
    ...markdownTable(COMMUNITY_HEADER, results.map(communityRow)),
    "",
  ].join("\n");
}

/** A markdown table's lines. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

const HEADER = [
  "elements",
  "nodes",
  "edges",
  "renderer",
  "mapped",
  "layout done",
  "first render",
  "pan median",
  "zoom median",
  "frame p95",
  "longest block",
];

function row(r: CaseResult): string[] {
  return [
    String(r.elements),
    Number.isFinite(r.nodes) ? String(r.nodes) : "—",
    Number.isFinite(r.edges) ? String(r.edges) : "—",
    r.renderer,
    ms(r.syncedMs),
    ms(r.laidOutMs),
    ms(r.firstRenderMs),
    ms(r.panMedianMs),
    ms(r.zoomMedianMs),
    ms(r.frameP95Ms),
    ms(r.longestBlockMs),
  ];
}

/** Fixed-width table for the console. */
export function consoleTable(results: readonly CaseResult[]): string {
  return fixedWidth([HEADER, ...results.map(row)]);
}

export function markdownRun(
  results: readonly CaseResult[],
  vs: readonly Verdict[],
  context: string,
  community: readonly CommunityResult[] = [],
): string {
  const lines = [
    `### Run ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    "",
    context,
    "",
    ...markdownTable(HEADER, results.map(row)),
    "",
    ...(community.length > 0 ? [communityMarkdown(community)] : []),
    "| goal | measured | verdict |",
    "|---|---|---|",
    ...vs.map((v) => `| ${v.goal} | ${v.measured} | ${verdictWord(v)} |`),
    "",
  ];
  return lines.join("\n");
}

const SECTION_INTRO = [
  "## Explorer",
  "",
  "`npm run bench:explorer` (test/bench/explorer.bench.ts): headless Debian Chromium via playwright-core,",
  "viewport 1366×768, the explorer's own canvas pipeline (useCytoscape, element mapping, stylesheet,",
  "syncElements, runLayout with fcose — in a web worker above WORKER_THRESHOLD nodes) on synthetic",
  "scale-free graphs of 2 nodes : 3 edges. Times from the data being in the page's memory. Pan = mouse",
  "drags on empty background, zoom = wheel events, both at ~60 events/s; frame time = rAF deltas;",
  "longest block = max(Long Tasks, rAF gaps) over load and interaction. WebGL runs on SwiftShader",
  "(software GL: no GPU on this machine).",
  "",
].join("\n");

/** Append a run under "## Explorer" (creating the section at the end of the file if missing). */
export function appendToBenchmarks(file: string, run: string): void {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = text.indexOf("\n## Explorer\n");
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${SECTION_INTRO}\n${run}`);
    return;
  }
  const next = text.indexOf("\n## ", start + 1);
  const end = next < 0 ? text.length : next;
  const before = text.slice(0, end).trimEnd();
  const after = text.slice(end);
  writeFileSync(file, `${before}\n\n${run}${after.startsWith("\n") ? after : `\n${after}`}`);
}
