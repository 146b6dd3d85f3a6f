/**
 * `npm run schema:check` — the changes of graph-api/schema.graphql since the last release, by
 * graphql-inspector; exits 1 when a breaking change is not recorded in graph-api/schema-decisions.json
 * (or a recorded decision matches nothing). Regenerate the SDL first (`npm run schema:print`).
 * Lists breaking and dangerous changes; `-- --all` lists the non-breaking ones too.
 */
import { CriticalityLevel } from "@graphql-inspector/core";
import { checkSchemaChanges, describeChange } from "./schema-changes.js";

const all = process.argv.includes("--all");
const { changes, unrecorded, stale } = await checkSchemaChanges();
const shown = all ? changes : changes.filter((c) => c.criticality.level !== CriticalityLevel.NonBreaking);
console.log(
  `${changes.length} change(s) since the last release, ${changes.length - shown.length} non-breaking not listed` +
    (all ? "" : " (--all lists them)"),
);
for (const c of shown) console.log(`  ${describeChange(c)}`);
for (const c of unrecorded) console.error(`UNRECORDED BREAKING CHANGE: ${describeChange(c)}`);
for (const d of stale) console.error(`STALE DECISION (matches no breaking change): ${d.type} ${d.path}`);
if (unrecorded.length || stale.length) {
  console.error(
    "Record each intended breaking change in graph-api/schema-decisions.json as " +
      '{ "type", "path", "reason" }, or undo it.',
  );
  process.exitCode = 1;
}
