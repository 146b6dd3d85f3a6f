import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openPackageSource } from "../../../../graph-api/src/ingest/source/package-source.js";
import { validatePackage } from "../../../../graph-api/src/ingest/validate/validate-package.js";
import { formatError, MAX_LISTED } from "../../../../graph-api/src/ingest/validate/validation-log.js";
import { appendRow, copyPackage, SMALL_PACKAGE } from "../../../helpers/ingest-fixtures.js";

async function check(dir: string) {
  const source = await openPackageSource(dir);
  try {
    const v = await validatePackage(source); // no database: ids must all be in the package
    return {
      errors: v.log.errors.map(formatError),
      count: v.log.errorCount,
      rejected: v.log.rejectedCount(),
      warnings: v.log.warnings,
      ids: v.registry.size,
    };
  } finally {
    await source.close();
  }
}

describe("package validation (no database)", () => {
  it("finds nothing wrong with the small fixture and registers its 25 ids", async () => {
    expect(await check(SMALL_PACKAGE)).toEqual({ errors: [], count: 0, rejected: 0, warnings: [], ids: 25 });
  });

  it("reports relationship ends of a type the relationship does not allow", async () => {
    const dir = await copyPackage();
    await appendRow(dir, "BUYER.csv", "DEAL-1,INS-SCU");
    await appendRow(dir, "PART_OF.csv", "INS-SCU,LAB-1");
    expect((await check(dir)).errors).toEqual([
      "PART_OF.csv:3: from: INS-SCU is an Institution, but PART_OF starts at Lab",
      "PART_OF.csv:3: to: LAB-1 is a Lab, but PART_OF ends at Institution",
      "BUYER.csv:3: to: INS-SCU is an Institution, but BUYER ends at Enterprise",
    ]);
  });

  it("reports duplicate ids, extra cells, repeated columns and a broken quote", async () => {
    const dir = await copyPackage();
    await appendRow(dir, "Award.csv", "AWD-1,又一个,,OTHER,2024");
    await appendRow(dir, "Lab.csv", "LAB-9,某实验室,,OTHER,surplus");
    await writeFile(
      join(dir, "Alliance.csv"),
      "id,name,kind,kind\nALL-1,联盟,ALLIANCE,ALLIANCE\nALL-2,协会,ASSOCIATION,ASSOCIATION\n",
    );
    await writeFile(join(dir, "NEEDS.csv"), 'from,to\nDMD-1,"CHN-IC\n');
    const r = await check(dir);
    expect(r.errors).toEqual([
      "Alliance.csv:1: kind: column appears twice in the header",
      "Lab.csv:3: (row): 5 cells but the header has 4 columns",
      "Award.csv:4: id: duplicate id AWD-1 in this file",
      expect.stringMatching(/^NEEDS\.csv:2: \(csv\): .*[Qq]uote/),
    ]);
    expect(r.rejected).toBe(2); // the header problem is not a row; the unreadable file is not counted by row
  });

  it("counts every error but lists the first 1000", async () => {
    const dir = await copyPackage();
    const rows = Array.from({ length: 1500 }, (_, i) => `BRK-X${i},某人,,BOSS,,,,`).join("\n");
    await writeFile(
      join(dir, "Broker.csv"),
      `id,name,nameEn,titleLevel,registeredOn,commissioner,shortageCatalog,talentProgram\n${rows}\n`,
    );
    const r = await check(dir);
    expect(r.count).toBeGreaterThanOrEqual(1500); // plus the relationships to BRK-1 and BRK-2, now unknown
    expect(r.errors).toHaveLength(MAX_LISTED);
    expect(r.errors[0]).toBe('Broker.csv:2: titleLevel: "BOSS" is not one of NONE, JUNIOR, INTERMEDIATE, SENIOR');
  });
});
