import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PackageWriter } from "../../../../graph-api/src/ingest/format/package-writer.js";
import { PACKAGE_TABLES } from "../../../../graph-api/src/ingest/format/package-tables.js";

describe("PackageWriter", () => {
  let dir = "";
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("writes every table with its header and encodes typed values", async () => {
    dir = await mkdtemp(join(tmpdir(), "ttgraph-pw-"));
    const w = await PackageWriter.open(dir);
    await w.writeNode("Institution", {
      id: "INS-1",
      name: "成都大学",
      kind: "UNIVERSITY",
      disciplines: ["材料", "信息"],
    });
    await w.writeNode("Broker", {
      id: "BRK-1",
      name: 'Zhang "Z", Jr.',
      titleLevel: "SENIOR",
      registeredOn: "2024-03-01",
      commissioner: true,
      shortageCatalog: false,
    });
    await w.writeRel("ATTENDED", { from: "BRK-1", to: "EVT-1", hours: 2.5, certified: true });
    const counts = await w.close();
    expect(counts.Broker).toBe(1);
    expect((await readdir(dir)).length).toBe(PACKAGE_TABLES.length);
    expect(await readFile(join(dir, "Broker.csv"), "utf8")).toBe(
      'id,name,nameEn,titleLevel,registeredOn,commissioner,shortageCatalog,talentProgram\nBRK-1,"Zhang ""Z"", Jr.",,SENIOR,2024-03-01,true,false,\n',
    );
    expect(await readFile(join(dir, "Institution.csv"), "utf8")).toBe(
      "id,name,nameEn,kind,disciplines\nINS-1,成都大学,,UNIVERSITY,材料;信息\n",
    );
    expect(await readFile(join(dir, "ATTENDED.csv"), "utf8")).toBe("from,to,hours,certified\nBRK-1,EVT-1,2.5,true\n");
    expect(await readFile(join(dir, "Award.csv"), "utf8")).toBe("id,name,nameEn,category,year\n");
  });

  it("rejects unknown fields, missing required values and ill-typed values", async () => {
    dir = await mkdtemp(join(tmpdir(), "ttgraph-pw-"));
    const w = await PackageWriter.open(dir);
    await expect(w.writeNode("Lab", { id: "L", name: "x", level: "OTHER", colour: "red" })).rejects.toThrow(
      /unknown field colour/,
    );
    await expect(w.writeNode("Lab", { id: "L", name: "x" })).rejects.toThrow(/level is required/);
    await expect(w.writeNode("Award", { id: "A", name: "x", category: "OTHER", year: 2024.5 })).rejects.toThrow(/year/);
    await expect(w.writeRel("NOT_A_TYPE", { from: "a", to: "b" })).rejects.toThrow(/Unknown relationship/);
    await w.close();
  });
});
