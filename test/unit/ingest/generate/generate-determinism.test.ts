import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage } from "../../../../graph-api/src/ingest/generate/generate-package.js";
import { hashFiles } from "../../../helpers/read-package.js";

describe("generatePackage determinism (demo scale)", () => {
  let root: string;
  let a: Record<string, string>;
  let b: Record<string, string>;
  let c: Record<string, string>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "ttgraph-gen-det-"));
    for (const [name, seed] of [
      ["a", 42],
      ["b", 42],
      ["c", 43],
    ] as const) {
      await generatePackage({ scale: "demo", seed, out: join(root, name) });
    }
    [a, b, c] = ["a", "b", "c"].map((n) => hashFiles(join(root, n))) as [typeof a, typeof b, typeof c];
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes byte-identical files for the same seed", () => {
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(b).toEqual(a);
  });

  it("writes different synthetic data for another seed, the same reference data", () => {
    expect(c["Broker.csv"]).not.toBe(a["Broker.csv"]);
    expect(c["Deal.csv"]).not.toBe(a["Deal.csv"]);
    expect(c["BROKERED.csv"]).not.toBe(a["BROKERED.csv"]);
    // Districts and chains come from the reference only.
    expect(c["District.csv"]).toBe(a["District.csv"]);
    expect(c["IndustryChain.csv"]).toBe(a["IndustryChain.csv"]);
  });
});
