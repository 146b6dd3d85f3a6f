/** The API benchmark's table, its verdicts against the API's speed goals, and its BENCHMARKS.md section. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ms } from "./stats.js";

export interface OpResult {
  name: string;
  list: boolean;
  note?: string;
  goal?: "keyset" | "anchored";
  skipped?: string;
  gqlP50?: number;
  gqlP95?: number;
  cypherP50?: number;
  cypherP95?: number;
  /** p50 through graphql-js without Apollo (list operations). */
  bareP50?: number;
  /** p50 of the Cypher @neo4j/graphql generated, run alone through the driver (list operations). */
  generatedP50?: number;
  sameAnswer?: boolean;
}

export interface Verdict {
  pass: boolean;
  goal: string;
  measured: string;
}

const ratio = (r: OpResult) => (r.gqlP50 !== undefined && r.cypherP50 ? r.gqlP50 / r.cypherP50 : undefined);

/** p95 goal of a keyset page, by scale (ms). */
export const KEYSET_P95_GOAL: Record<string, number> = { demo: 200, city: 200, x10: 500 };

export function verdicts(results: OpResult[], scale = "city"): Verdict[] {
  const run = results.filter((r) => !r.skipped);
  const lists = run.filter((r) => r.list && !r.note);
  const keyset = run.filter((r) => r.goal === "keyset");
  const slowestOf = (ops: OpResult[]) =>
    ops.reduce<OpResult | undefined>((a, r) => ((r.gqlP95 ?? 0) > (a?.gqlP95 ?? -1) ? r : a), undefined);
  const slowestPage = slowestOf(keyset);
  const pageGoal = KEYSET_P95_GOAL[scale] ?? 200;
  const anchored = run.filter((r) => r.goal === "anchored");
  const worstAnchored = Math.max(...anchored.map((r) => ratio(r) ?? Infinity));
  const worstRatio = Math.max(...lists.map((r) => ratio(r) ?? Infinity));
  const journey = run.find((r) => r.name === "resultJourney");
  const slowest = slowestOf(run);
  const differing = run.filter((r) => r.sameAnswer === false).map((r) => r.name);
  // a goal is judged only when its operations ran (`--only` runs a part of the mix)
  const when = (ran: boolean, v: Verdict): Verdict[] => (ran ? [v] : []);
  return [
    ...when(lists.length > 0, {
      pass: worstRatio <= 1.5,
      goal: "list operations: GraphQL / Cypher p50 ratio ≤ 1.5",
      measured: `worst ${worstRatio.toFixed(2)}`,
    }),
    ...when(journey !== undefined, {
      pass: (journey?.gqlP95 ?? Infinity) <= 100,
      goal: "resultJourney p95 ≤ 100 ms",
      measured: `${ms(journey?.gqlP95)} ms`,
    }),
    {
      pass: (slowest?.gqlP95 ?? Infinity) <= 1000,
      goal: "every operation p95 ≤ 1 s",
      measured: `slowest ${slowest?.name}: ${ms(slowest?.gqlP95)} ms`,
    },
    ...when(keyset.length > 0, {
      pass: (slowestPage?.gqlP95 ?? Infinity) <= pageGoal,
      goal: `every keyset page (by date, name or id; first and 90% deep) p95 ≤ ${pageGoal} ms at ${scale}`,
      measured: `slowest ${slowestPage?.name}: ${ms(slowestPage?.gqlP95)} ms`,
    }),
    ...when(anchored.length > 0, {
      pass: worstAnchored <= 2,
      goal: "results of a chain through the anchored keyset page: GraphQL / hand-written Cypher p50 ≤ 2",
      measured: `${worstAnchored.toFixed(2)}`,
    }),
    {
      pass: differing.length === 0,
      goal: "GraphQL and Cypher give the same answer",
      measured: differing.length ? `differ: ${differing.join(", ")}` : "all equal",
    },
  ];
}

export function table(results: OpResult[]): string {
  const head =
    "| operation | kind | GraphQL p50 ms | GraphQL p95 ms | graphql-js p50 ms | generated p50 ms | Cypher p50 ms | Cypher p95 ms | ratio p50 |";
  const sep = "|---|---|--:|--:|--:|--:|--:|--:|--:|";
  const lines = results.map((r) =>
    r.skipped
      ? `| ${r.name} | skipped | ${r.skipped} | | | | | | |`
      : `| ${r.name} | ${r.goal ? `${r.goal} page` : r.list ? (r.note ? "list (not held to the goal)" : "list") : "custom"} | ${ms(r.gqlP50)} | ${ms(r.gqlP95)} | ${ms(r.bareP50)} | ${ms(r.generatedP50)} | ${ms(r.cypherP50)} | ${ms(r.cypherP95)} | ${ratio(r)?.toFixed(2) ?? "—"} |`,
  );
  const notes = results.filter((r) => r.note).map((r) => `\n- ${r.name}: ${r.note}.`);
  return [head, sep, ...lines].join("\n") + (notes.length ? `\n${notes.join("")}` : "");
}

/**
 * Replace the section `title` ("## API" for city, "## API at x10", …) of BENCHMARKS.md (or append
 * it), leaving the other sections alone.
 */
export function recordSection(file: string, body: string, title = "API"): void {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const section = `## ${title}\n\n${body.trim()}\n`;
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const start = text.search(new RegExp(`^## ${escaped}\\s*$`, "m"));
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const rest = text.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? text.length : start + 1 + next;
  writeFileSync(file, `${text.slice(0, start)}${section}${next < 0 ? "" : `\n${text.slice(end)}`}`);
}
