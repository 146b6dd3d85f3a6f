import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations, migrate, migrationsPending } from "../../graph-api/src/db/migrate.js";
import { testDriver } from "../helpers/neo4j.js";

describe("schema migrations", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it("are all applied and a second run is a no-op", async () => {
    expect(await migrate(driver)).toEqual([]);
    expect(await migrationsPending(driver)).toEqual([]);
    const recorded = await driver.executeQuery("MATCH (m:SchemaMigration) RETURN count(m) AS c");
    expect(recorded.records[0]?.get("c")).toBe(listMigrations().length);
  });

  it("created a cjk full-text index and unique id constraints for every label", async () => {
    const ft = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    const analyzers = Object.fromEntries(ft.records.map((r) => [r.get("name"), r.get("analyzer")]));
    expect(analyzers).toMatchObject({ entity_text: "cjk", result_text: "cjk", demand_text: "cjk" });
    const c = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] AS label, properties[0] AS p",
    );
    const labels = c.records.filter((r) => r.get("p") === "id").map((r) => r.get("label"));
    expect(labels).toEqual(expect.arrayContaining(["Entity", "Broker", "Deal", "Award"]));
  });

  it("rejects a duplicate id across two types through the Entity constraint", async () => {
    await driver.executeQuery("CREATE (:Broker:Entity {id: 'MIGTEST-1', name: 'x', titleLevel: 'NONE'})");
    await expect(driver.executeQuery("CREATE (:Agency:Entity {id: 'MIGTEST-1', name: 'y'})")).rejects.toThrow(
      /already exists/,
    );
    await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'MIGTEST-' DETACH DELETE n");
  });
});
