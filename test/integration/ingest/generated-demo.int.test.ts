/**
 * The generated demo package imports cleanly into a real Neo4j: no validation errors or warnings,
 * every row written, and a second import changes nothing. Resets the database (serial project).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, type GenerateReport } from "../../../graph-api/src/ingest/generate/generate-package.js";
import { importPackage } from "../../../graph-api/src/ingest/import-package.js";
import { countGraph, resetDatabase, testDriver } from "../../helpers/neo4j.js";

describe("generated demo package → importPackage", () => {
  let driver: Driver;
  let dir: string;
  let generated: GenerateReport;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    dir = mkdtempSync(join(tmpdir(), "ttgraph-gen-int-"));
    generated = await generatePackage({ scale: "demo", seed: 2024, out: dir });
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports without errors and writes every row", async () => {
    const report = await importPackage(driver, dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report).toMatchObject({ ok: true, written: true, rejectedRows: 0 });
    expect(await countGraph(driver)).toEqual({ nodes: generated.nodes, relationships: generated.relationships });
  });

  it("answers a Deal → Result → Lab → Institution path with real institution names", async () => {
    const res = await driver.executeQuery(
      "MATCH (:Deal)-[:TRANSFERS]->(:Result)<-[:DEVELOPED]-(:Lab)-[:PART_OF]->(i:Institution) RETURN count(*) AS paths, collect(DISTINCT i.name) AS names",
    );
    expect(res.records[0]?.get("paths")).toBeGreaterThan(0);
    expect(res.records[0]?.get("names")).toContain("四川大学");
  });

  it("leaves the graph unchanged when imported a second time", async () => {
    const before = await countGraph(driver);
    const again = await importPackage(driver, dir);
    expect(again.ok).toBe(true);
    expect(await countGraph(driver)).toEqual(before);
  });
});
