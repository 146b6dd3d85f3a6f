/**
 * The committed SDL against the last release (graphql-inspector): no breaking change unless it is
 * recorded as a decision in graph-api/schema-decisions.json. `npm run schema:check` prints them all.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSchemaChanges, describeChange } from "../../../graph-api/src/schema/schema-changes.js";

const dir = mkdtempSync(join(tmpdir(), "ttgraph-schema-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write a released SDL, a current one and the decisions, and check them. */
function check(released: string, current: string, decisions: unknown[] = []) {
  const files = {
    released: join(dir, "released.graphql"),
    current: join(dir, "current.graphql"),
    decisions: join(dir, "d.json"),
  };
  writeFileSync(files.released, released);
  writeFileSync(files.current, current);
  writeFileSync(files.decisions, JSON.stringify(decisions));
  return checkSchemaChanges(files);
}

describe("schema changes since the last release", () => {
  it(
    "graph-api/schema.graphql has no breaking change that is not a recorded decision",
    { timeout: 60_000 },
    async () => {
      const { unrecorded, stale } = await checkSchemaChanges();
      expect(unrecorded.map(describeChange), "run npm run schema:check").toEqual([]);
      expect(stale, "decisions that match no change").toEqual([]);
    },
  );

  it("catches a removed field and an argument made required, and accepts them once recorded", async () => {
    const released = "type Query { a(x: Int): Int b: String }";
    const current = "type Query { a(x: Int!): Int c: String }";
    const r = await check(released, current);
    expect(r.unrecorded.map((c) => [c.type, c.path])).toEqual(
      expect.arrayContaining([
        ["FIELD_REMOVED", "Query.b"],
        ["FIELD_ARGUMENT_TYPE_CHANGED", "Query.a.x"],
      ]),
    );
    const recorded = await check(released, current, [
      { type: "FIELD_REMOVED", path: "Query.b", reason: "renamed to c" },
      { type: "FIELD_ARGUMENT_TYPE_CHANGED", path: "Query.a.x", reason: "x is needed" },
    ]);
    expect(recorded.unrecorded).toEqual([]);
    expect(
      (await check(released, released, [{ type: "FIELD_REMOVED", path: "Query.b", reason: "" }])).stale,
    ).toHaveLength(1);
  });

  it("lets additions and deprecations through", async () => {
    const r = await check("type Query { a: Int }", 'type Query { a: Int @deprecated(reason: "use b") b: Int }');
    expect(r.unrecorded).toEqual([]);
    expect(r.changes.length).toBeGreaterThan(0);
  });
});
