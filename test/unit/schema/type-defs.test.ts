import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kind, print } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { loadTypeDefs, schemaFiles } from "../../../graph-api/src/schema/type-defs.js";

const dir = mkdtempSync(join(tmpdir(), "ttgraph-typedefs-")) + "/";
writeFileSync(
  `${dir}b.graphql`,
  `extend type Query { "b" b: Int }\ntype Thing @node(labels: ["Thing", "Entity"]) { id: ID! }`,
);
writeFileSync(
  `${dir}a.graphql`,
  `extend type Query { "a" a: Int }\ntype Capped @node @limit(default: 2, max: 3) { id: ID! }\ntype Plain { x: Int }`,
);
writeFileSync(`${dir}notes.md`, "not a schema file");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const limits = { DEFAULT_PAGE_SIZE: 50, MAX_PAGE_SIZE: 500 };

describe("type definitions", () => {
  it("reads the .graphql files sorted by name", () => {
    expect(schemaFiles(dir)).toEqual(["a.graphql", "b.graphql"]);
  });

  it("merges `extend type Query` of several files into one definition", () => {
    const doc = loadTypeDefs(limits, dir);
    const queries = doc.definitions.filter((d) => "name" in d && d.name?.value === "Query");
    expect(queries).toHaveLength(1);
    expect(queries[0]?.kind).toBe(Kind.OBJECT_TYPE_DEFINITION);
    expect(print(queries[0]!)).toBe('type Query {\n  "a"\n  a: Int\n  "b"\n  b: Int\n}');
  });

  it("adds @limit from the configuration to @node types that set none", () => {
    const sdl = print(loadTypeDefs(limits, dir));
    expect(sdl).toContain('type Thing @node(labels: ["Thing", "Entity"]) @limit(default: 50, max: 500)');
    expect(sdl).toContain("type Capped @node @limit(default: 2, max: 3) {");
    expect(sdl).toContain("type Plain {");
  });

  it('adds the federation link and @key(fields: "id") when FEDERATION is on', () => {
    const sdl = print(loadTypeDefs({ ...limits, FEDERATION: true }, dir));
    expect(sdl).toContain('@limit(default: 50, max: 500) @key(fields: "id")');
    expect(sdl).toMatch(/extend schema @link\(url: "https:\/\/specs.apollo.dev\/federation\/v2\.\d+"/);
  });
});
