import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoIfEmpty } from "../../../graph-api/src/ingest/load-demo.js";
import { countGraph, resetDatabase, testDriver } from "../../helpers/neo4j.js";

describe("loadDemoIfEmpty", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  const config = { LOAD_DEMO: true, DEMO_SEED: 2024, NEO4J_DATABASE: "neo4j" };

  it("does nothing when LOAD_DEMO is off", async () => {
    expect(await loadDemoIfEmpty(driver, { ...config, LOAD_DEMO: false })).toBe(false);
    expect((await countGraph(driver)).nodes).toBe(0);
  });

  it("loads the generated demo package into an empty graph, once", async () => {
    expect(await loadDemoIfEmpty(driver, config)).toBe(true);
    const loaded = await countGraph(driver);
    expect(loaded.nodes).toBeGreaterThan(2500); // the demo package holds ≈ 3,000 nodes
    expect(loaded.relationships).toBeGreaterThan(loaded.nodes);
    expect(await loadDemoIfEmpty(driver, config)).toBe(false); // not empty any more
    expect(await countGraph(driver)).toEqual(loaded);
  });
});
