/**
 * explorer/src/gql must be what `npm run codegen` generates now from graph-api/schema.graphql and
 * the explorer's documents (codegen.yml), and the Apollo persisted-query manifest what its generator
 * makes of codegen's persisted documents. Both run in memory (nothing is written) and each output is
 * compared with the committed file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import {
  fromGraphQLCodegenPersistedDocuments,
  generatePersistedQueryManifest,
} from "@apollo/generate-persisted-query-manifest";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const PERSISTED = "explorer/src/gql/persisted-documents.json";
const APOLLO_MANIFEST = "explorer/src/gql/persisted-query-manifest.json";

describe("explorer/src/gql", () => {
  it("is current (else run `npm run codegen` and commit it)", { timeout: 120_000 }, async () => {
    const { config } = await loadCodegenConfig({ configFilePath: resolve(ROOT, "codegen.yml") });
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => o.filename)).toContain("explorer/src/gql/graphql.ts");
    const persisted = outputs.find((o) => o.filename === PERSISTED);
    expect(persisted, "codegen writes the persisted documents").toBeDefined();

    // the Apollo manifest of the documents just generated
    const dir = mkdtempSync(join(tmpdir(), "ttgraph-codegen-"));
    try {
      writeFileSync(join(dir, "persisted-documents.json"), persisted!.content);
      const manifest = await generatePersistedQueryManifest(
        { documents: fromGraphQLCodegenPersistedDocuments(join(dir, "persisted-documents.json")) },
        undefined,
      );
      outputs.push({ filename: APOLLO_MANIFEST, content: JSON.stringify(manifest, null, 2) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const stale = outputs
      .filter((o) => {
        const file = resolve(ROOT, o.filename);
        return !existsSync(file) || readFileSync(file, "utf8") !== o.content;
      })
      .map((o) => o.filename);
    expect(stale, "stale generated files; run npm run codegen").toEqual([]);
  });
});
