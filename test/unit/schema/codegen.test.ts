/**
 * explorer/src/gql must be what `npm run codegen` generates now from graph-api/schema.graphql and
 * the explorer's documents (codegen.yml). Codegen runs in memory (nothing is written) and each
 * output is compared with the committed file.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");

describe("explorer/src/gql", () => {
  it("is current (else run `npm run codegen` and commit it)", { timeout: 120_000 }, async () => {
    const { config } = await loadCodegenConfig({ configFilePath: resolve(ROOT, "codegen.yml") });
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => o.filename)).toContain("explorer/src/gql/graphql.ts");
    const stale = outputs
      .filter((o) => {
        const file = resolve(ROOT, o.filename);
        return !existsSync(file) || readFileSync(file, "utf8") !== o.content;
      })
      .map((o) => o.filename);
    expect(stale, "stale generated files; run npm run codegen").toEqual([]);
  });
});
