import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  EXPLORER_MANIFESTS,
  loadTrustedDocuments,
  normaliseId,
  readManifest,
  sha256Hex,
} from "../../../graph-api/src/plugins/trusted-documents.js";

const dir = mkdtempSync(join(tmpdir(), "ttgraph-trusted-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hexA = sha256Hex("query A { a }");

describe("trusted-document manifests", () => {
  it("treat sha256:-prefixed and bare hex ids (any case) as one id; other ids stay as given", () => {
    expect(normaliseId(`sha256:${hexA.toUpperCase()}`)).toBe(hexA);
    expect(normaliseId(hexA)).toBe(hexA);
    expect(normaliseId("my-operation-v2")).toBe("my-operation-v2");
  });

  it("read codegen's format and Apollo's persisted-query manifest", () => {
    const codegen = join(dir, "codegen.json");
    writeFileSync(codegen, JSON.stringify({ [`sha256:${hexA}`]: "query A { a }" }));
    expect([...readManifest(codegen)]).toEqual([[hexA, "query A { a }"]]);
    const apollo = join(dir, "apollo.json");
    writeFileSync(
      apollo,
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [{ id: "op-b", name: "B", type: "query", body: "query B { b }" }],
      }),
    );
    expect([...readManifest(apollo)]).toEqual([["op-b", "query B { b }"]]);
    expect([...loadTrustedDocuments([codegen, apollo]).keys()]).toEqual(expect.arrayContaining([hexA, "op-b"]));
  });

  it("name the file and the problem when a manifest is broken", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ format: "apollo-persisted-query-manifest", operations: [{ id: 1 }] }));
    expect(() => readManifest(broken)).toThrow(`Trusted documents ${broken}: operations[0] needs a string id and body`);
    writeFileSync(broken, "{ not json");
    expect(() => readManifest(broken)).toThrow(new RegExp(`^Trusted documents ${broken}: `));
  });

  it("the explorer's two manifests list the same operations, each body hashed to its id", () => {
    const [codegen, apollo] = EXPLORER_MANIFESTS.map((f) => readManifest(f!));
    expect(codegen!.size).toBeGreaterThan(0);
    expect(apollo!.size).toBe(codegen!.size);
    for (const [id, body] of [...codegen!, ...apollo!]) expect(sha256Hex(body), body.slice(0, 60)).toBe(id);
  });
});
