/**
 * Schema change check: graphql-inspector's diff of the committed SDL (graph-api/schema.graphql)
 * against the SDL of the last release (graph-api/schema.released.graphql). A breaking change is a
 * decision, not an accident: each one must be recorded in graph-api/schema-decisions.json
 * (`{ "type", "path", "reason" }`, type and path as graphql-inspector reports them), and a recorded
 * decision that no longer matches a change is an error too, so the file stays true.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";
import { SDL_FILE } from "./sdl.js";

export const RELEASED_SDL_FILE = fileURLToPath(new URL("../../schema.released.graphql", import.meta.url));
export const DECISIONS_FILE = fileURLToPath(new URL("../../schema-decisions.json", import.meta.url));

export interface SchemaDecision {
  type: string;
  path: string;
  reason: string;
}

export interface SchemaChangeReport {
  changes: Change[];
  /** Breaking changes without a recorded decision. */
  unrecorded: Change[];
  /** Recorded decisions that match no breaking change. */
  stale: SchemaDecision[];
}

const matches = (c: Change, d: SchemaDecision) => c.type === d.type && (c.path ?? "") === d.path;

export async function checkSchemaChanges(
  files = { released: RELEASED_SDL_FILE, current: SDL_FILE, decisions: DECISIONS_FILE },
): Promise<SchemaChangeReport> {
  const released = buildSchema(readFileSync(files.released, "utf8"));
  const current = buildSchema(readFileSync(files.current, "utf8"));
  const decisions = JSON.parse(readFileSync(files.decisions, "utf8")) as SchemaDecision[];
  const changes = await diff(released, current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    changes,
    unrecorded: breaking.filter((c) => !decisions.some((d) => matches(c, d))),
    stale: decisions.filter((d) => !breaking.some((c) => matches(c, d))),
  };
}

/** One line per change: level, type, path and message. */
export function describeChange(c: Change): string {
  return `${c.criticality.level.padEnd(13)} ${c.type} ${c.path ?? ""} — ${c.message}`;
}
