import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../../../graph-api/src/ingest/import-package.js";
import { copyPackage, dumpGraph, SMALL_PACKAGE } from "../../helpers/ingest-fixtures.js";
import { countGraph, resetDatabase, testDriver } from "../../helpers/neo4j.js";

// The small fixture: 25 nodes (every type) and 42 relationships (every type) — counted by hand
// from the files in test/fixtures/packages/small.
const SMALL = { nodes: 25, relationships: 42 };

async function one<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await driver.executeQuery(cypher, params);
  return r.records[0]?.get(0) as T;
}

describe("importPackage (folder)", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it("imports every node and relationship type of the small package", async () => {
    const report = await importPackage(driver, SMALL_PACKAGE);
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ ok: true, written: true, rowsRead: 67, errorCount: 0, rejectedRows: 0 });
    expect(report.nodes).toMatchObject({ Broker: 2, District: 3, Award: 2, Lab: 1 });
    expect(report.relationships).toMatchObject({ LOCATED_IN: 8, MEMBER_OF: 3, OPERATES: 1 });
    expect(await countGraph(driver)).toEqual(SMALL);
    const types = await one<string[]>(driver, "MATCH ()-[r]->() RETURN collect(DISTINCT type(r))");
    expect(types).toHaveLength(24);
  });

  it("stores typed values: dates, ints, floats, booleans, lists, two labels, pinyin initials", async () => {
    const r = await driver.executeQuery(
      `MATCH (b:Broker:Entity {id: 'BRK-1'}), (a:Agency {id: 'AGN-1'}), (d:Demand {id: 'DMD-1'}), (i:Institution {id: 'INS-SCU'}),
             (e:Enterprise {id: 'ENT-2'}), (res:Result {id: 'RES-2'}), (r1:Result {id: 'RES-1'})
       RETURN valueType(b.registeredOn) AS dateType, b.commissioner AS commissioner, valueType(a.foundedYear) AS yearType,
              valueType(d.budget) AS budgetType, d.budget AS budget, i.disciplines AS disciplines, i.pinyinInitials AS initials,
              e.highTech AS highTech, e.chainLeader AS chainLeader, e.uscc IS NULL AS noUscc, res.summary AS multiline,
              r1.summary AS quoted, b.talentProgram AS talent`,
    );
    expect(r.records[0]?.toObject()).toEqual({
      dateType: "DATE NOT NULL",
      commissioner: true,
      yearType: "INTEGER NOT NULL",
      budgetType: "FLOAT NOT NULL",
      budget: 200.5,
      disciplines: ["材料科学", "生物医学工程"],
      initials: "scdx",
      highTech: true, // 是
      chainLeader: false, // 否
      noUscc: true,
      multiline: "第一行\n第二行",
      quoted: '面向物联网的低功耗设计, 含"多模"唤醒',
      talent: false,
    });
    const attended = await one<number>(driver, "MATCH (:Broker {id:'BRK-1'})-[r:ATTENDED]->() RETURN r.hours");
    expect(attended).toBe(3.5);
    // bumped when the write starts (the graph marked as changing) and again when it ends
    const meta = await one<Record<string, unknown>>(
      driver,
      "MATCH (m:TTGraphMeta {key: 'graph'}) RETURN m {.version, .changing}",
    );
    expect(meta).toEqual({ version: 2, changing: false });
  });

  it("is idempotent: a second import leaves counts and properties unchanged and bumps the version", async () => {
    const before = await dumpGraph(driver);
    const report = await importPackage(driver, SMALL_PACKAGE);
    expect(report.ok).toBe(true);
    expect(await countGraph(driver)).toEqual(SMALL);
    expect(await dumpGraph(driver)).toEqual(before);
    expect(await one<number>(driver, "MATCH (m:TTGraphMeta {key: 'graph'}) RETURN m.version")).toBe(4);
  });

  it("marks the graph as changing before it writes: an interrupted import leaves a new version, marked", async () => {
    const meta = () =>
      one<Record<string, unknown>>(driver, "MATCH (m:TTGraphMeta {key: 'graph'}) RETURN m {.version, .changing}");
    const before = (await meta()).version as number;
    const interrupted = importPackage(driver, SMALL_PACKAGE, {
      batchSize: 1,
      onProgress: (p) => {
        if (p.phase === "write") throw new Error("import killed");
      },
    });
    await expect(interrupted).rejects.toThrow("import killed");
    // caches keyed on the old version are dropped, and nothing computed now is kept (changing)
    expect(await meta()).toEqual({ version: before + 1, changing: true });
    expect((await importPackage(driver, SMALL_PACKAGE)).ok).toBe(true);
    expect(await meta()).toEqual({ version: before + 3, changing: false });
  });

  it("completes an interrupted import when run again (only some batches had committed)", async () => {
    const complete = await dumpGraph(driver);
    // What an interruption leaves: whole batches missing — here some nodes, their edges and a few more edges.
    await driver.executeQuery("MATCH (n:Entity) WHERE n.id IN ['RES-1', 'DEAL-1', 'DST-GX'] DETACH DELETE n");
    await driver.executeQuery("MATCH (:Broker)-[r]->() DELETE r");
    expect((await countGraph(driver)).nodes).toBe(SMALL.nodes - 3);
    const report = await importPackage(driver, SMALL_PACKAGE, { batchSize: 1 });
    expect(report.ok).toBe(true);
    expect(await dumpGraph(driver)).toEqual(complete);
  });

  it("removes an optional property emptied in a later import and keeps properties outside the model", async () => {
    await driver.executeQuery("MATCH (b:Broker {id: 'BRK-1'}) SET b.score = 0.7");
    const dir = await copyPackage();
    await writeFile(
      join(dir, "Broker.csv"),
      "id,name,nameEn,titleLevel,registeredOn,commissioner,shortageCatalog,talentProgram\nBRK-1,张伟,,SENIOR,2024-03-15,true,false,false\n",
    );
    expect((await importPackage(driver, dir)).ok).toBe(true);
    const r = await driver.executeQuery("MATCH (b:Broker {id: 'BRK-1'}) RETURN b.nameEn AS nameEn, b.score AS score");
    expect(r.records[0]?.toObject()).toEqual({ nameEn: null, score: 0.7 });
    expect(await countGraph(driver)).toEqual(SMALL);
  });

  it("accepts relationship ends that exist only in the database, and rejects an id the database has as another type", async () => {
    const dir = await copyPackage(join(SMALL_PACKAGE, "..", "db-refs"));
    const report = await importPackage(driver, dir);
    expect(report.errors).toEqual([
      "Agency.csv:2: id: id BRK-2 is already a Broker in the database",
      // the package declared BRK-2 an Agency: its relationships are not sent to the database's Broker
      "SPECIALIZES_IN.csv:2: from: BRK-2 refers to a rejected Agency row",
      "COVERS.csv:2: from: BRK-2 refers to a rejected Agency row",
    ]);
    expect(report.written).toBe(false);
    const fixed = await copyPackage(join(SMALL_PACKAGE, "..", "db-refs"));
    await writeFile(join(fixed, "Agency.csv"), "id,name,kind,level\n");
    await writeFile(join(fixed, "COVERS.csv"), "from,to\n");
    const ok = await importPackage(driver, fixed);
    expect(ok.errors).toEqual([]);
    expect(ok.nodes).toEqual({ Agency: 0 });
    expect(ok.relationships).toEqual({ SPECIALIZES_IN: 1, COVERS: 0 });
    expect(await countGraph(driver)).toEqual({ nodes: SMALL.nodes, relationships: SMALL.relationships + 1 });
  });
});
