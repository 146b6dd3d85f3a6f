import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importPackage } from "../../../graph-api/src/ingest/import-package.js";
import { appendRow, copyPackage } from "../../helpers/ingest-fixtures.js";
import { countGraph, resetDatabase, testDriver } from "../../helpers/neo4j.js";

/** The small package plus one bad row at the end of each of five files (line = file's last line). */
async function packageWithFiveBadRows(): Promise<string> {
  const dir = await copyPackage();
  await appendRow(dir, "Broker.csv", "BRK-3,王五,,EXPERT,,,,"); // line 4: unknown enum value
  await appendRow(dir, "Event.csv", "EVT-3,蓉漂·科创荟路演,,ROADSHOW,蓉漂·科创荟,2024-02-30"); // line 4: no such day
  await appendRow(dir, "Enterprise.csv", "ENT-3,成都坏码科技有限公司,,91510100MA6C8K2Q7X,,,"); // line 4: check char should be N
  await appendRow(dir, "Agency.csv", "BRK-1,重复编号的机构,,MARKET,UNFILED,,"); // line 4: id of a Broker
  await appendRow(dir, "LOCATED_IN.csv", "ENT-1,DST-NOWHERE"); // line 10: dangling
  return dir;
}

const FIVE = [
  'Broker.csv:4: titleLevel: "EXPERT" is not one of NONE, JUNIOR, INTERMEDIATE, SENIOR',
  "Agency.csv:4: id: id BRK-1 is already a Broker (Broker.csv)",
  'Enterprise.csv:4: uscc: "91510100MA6C8K2Q7X" is not a valid USCC: check character should be N',
  'Event.csv:4: date: "2024-02-30" is not a real calendar date',
  "LOCATED_IN.csv:10: to: unknown id DST-NOWHERE (not in the package or the database)",
];

describe("importPackage with bad rows", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it("reports one bad row in each of five files by file and line, and writes nothing", async () => {
    const dir = await packageWithFiveBadRows();
    const report = await importPackage(driver, dir);
    expect(report.errors).toEqual(FIVE);
    expect(report).toMatchObject({ ok: false, written: false, errorCount: 5, rejectedRows: 5, rowsRead: 72 });
    expect(await countGraph(driver)).toEqual({ nodes: 0, relationships: 0 });
    const meta = await driver.executeQuery("MATCH (m:TTGraphMeta) RETURN count(m) AS c");
    expect(meta.records[0]?.get("c")).toBe(0);
  });

  it("with skipBadRows writes the good rows and puts the bad ones in a reject file beside a summary", async () => {
    const dir = await packageWithFiveBadRows();
    const report = await importPackage(driver, dir, { skipBadRows: true });
    expect(report).toMatchObject({
      ok: true,
      written: true,
      errorCount: 5,
      rejectedRows: 5,
      rejectDir: `${dir}.rejects`,
    });
    expect(await countGraph(driver)).toEqual({ nodes: 25, relationships: 42 });
    const files = (await readdir(`${dir}.rejects`)).sort();
    expect(files).toEqual([
      "Agency.csv",
      "Broker.csv",
      "Enterprise.csv",
      "Event.csv",
      "LOCATED_IN.csv",
      "summary.json",
    ]);
    expect(await readFile(join(`${dir}.rejects`, "Broker.csv"), "utf8")).toBe(
      "id,name,nameEn,titleLevel,registeredOn,commissioner,shortageCatalog,talentProgram,error\n" +
        'BRK-3,王五,,EXPERT,,,,,"titleLevel: ""EXPERT"" is not one of NONE, JUNIOR, INTERMEDIATE, SENIOR"\n',
    );
    expect(await readFile(join(`${dir}.rejects`, "LOCATED_IN.csv"), "utf8")).toBe(
      "from,to,error\nENT-1,DST-NOWHERE,to: unknown id DST-NOWHERE (not in the package or the database)\n",
    );
    const summary = JSON.parse(await readFile(join(`${dir}.rejects`, "summary.json"), "utf8"));
    expect(summary).toMatchObject({
      rowsRead: 72,
      rejectedRows: 5,
      errorCount: 5,
      rejectedByFile: { "Broker.csv": 1, "LOCATED_IN.csv": 1 },
    });
    expect(summary.written.nodes.Broker).toBe(2);
    // the Broker id taken by the rejected Agency row is still the Broker
    const labels = await driver.executeQuery("MATCH (n {id: 'BRK-1'}) RETURN labels(n) AS l");
    expect([...((labels.records[0]?.get("l") as string[] | undefined) ?? [])].sort()).toEqual(["Broker", "Entity"]);
  });

  it("with skipBadRows writes the rows of a broken-off file up to the break", async () => {
    const dir = await copyPackage();
    await writeFile(join(dir, "NEEDS.csv"), 'from,to\nDMD-1,CHN-IC\nDMD-1,"CHN-BIO\n');
    const report = await importPackage(driver, dir, { skipBadRows: true });
    expect(report.errors).toEqual([expect.stringMatching(/^NEEDS\.csv:3: \(csv\): /)]);
    expect(report.relationships.NEEDS).toBe(1);
    const summary = JSON.parse(await readFile(join(`${dir}.rejects`, "summary.json"), "utf8"));
    expect(summary.unreadableFiles).toEqual(["NEEDS.csv"]);
  });

  it("reports header problems once, unknown files and columns as warnings, and every bad field of a row", async () => {
    const dir = await copyPackage();
    await appendRow(dir, "Lab.csv", "LAB-2,,,HIGH"); // two bad fields on one line
    await writeFile(join(dir, "Platform.csv"), "id,name,colour\nPLT-1,成都集成电路中试平台,red\n"); // kind column missing
    await writeFile(join(dir, "Notes.csv"), "a,b\n1,2\n");
    const report = await importPackage(driver, dir);
    expect(report.errors).toEqual(
      [
        "Lab.csv:3: name: required value is missing",
        'Lab.csv:3: level: "HIGH" is not one of NATIONAL, PROVINCIAL, MUNICIPAL, OTHER',
        "Platform.csv:1: kind: required column is missing; every row of this file is rejected",
        "PILOTED_AT.csv:2: to: PLT-1 refers to a rejected Platform row",
        "LOCATED_IN.csv:8: from: PLT-1 refers to a rejected Platform row",
        "OPERATES.csv:2: to: PLT-1 refers to a rejected Platform row",
      ].sort(byModelOrder),
    );
    expect(report.warnings).toEqual([
      "Notes.csv: not a node or relationship type of the model; ignored",
      "Platform.csv:1: colour: unknown column; ignored",
    ]);
    expect(report.written).toBe(false);
  });
});

// Errors are listed in model order of files (nodes, then relationships), then by line.
const ORDER = ["Lab", "Platform", "LOCATED_IN", "PILOTED_AT", "OPERATES"];
function byModelOrder(a: string, b: string): number {
  const f = (s: string) => ORDER.indexOf(s.split(".csv")[0] ?? "");
  return f(a) - f(b);
}
