/**
 * Where the generator puts the named organisations, and the city scale's proportions: every named
 * institution (and its labs) sits in its Chengdu district, the platforms it names are connected,
 * and the city's plan indicators land near their targets with some districts ahead and some behind.
 */
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKpiTargets } from "../../../../graph-api/src/graph/kpi/kpi-targets.js";
import { generatePackage } from "../../../../graph-api/src/ingest/generate/generate-package.js";
import { loadReference } from "../../../../graph-api/src/ingest/generate/reference.js";
import { readPackage, type PackageRows } from "../../../helpers/read-package.js";

describe("generated demo package: places", () => {
  let dir: string;
  let p: PackageRows;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ttgraph-gen-places-"));
    await generatePackage({ scale: "demo", seed: 7, out: dir });
    p = readPackage(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("places every named institution in a Chengdu district, and its labs through it", () => {
    const chengdu = new Set(p.District!.filter((d) => d.inChengdu === "true").map((d) => d.id));
    const located = new Map(p.LOCATED_IN!.map((r) => [r.from!, r.to!]));
    const named = new Set(loadReference().institutions.map((i) => i.name));
    const institutions = p.Institution!.filter((i) => named.has(i.name!));
    expect(institutions).toHaveLength(named.size);
    for (const i of institutions) expect(chengdu.has(located.get(i.id!) ?? ""), i.name).toBe(true);
    const hosted = new Map(p.PART_OF!.map((r) => [r.from!, r.to!]));
    const unplacedLabs = p.Lab!.filter((l) => !located.has(hosted.get(l.id!) ?? ""));
    // only a named provincial lab whose host the reference does not give stays unplaced
    expect(unplacedLabs.map((l) => l.name)).toEqual(["天府永兴实验室"]);
  });

  it("connects the named platforms: 科创通 and the 科创岛 are located", () => {
    const located = new Set(p.LOCATED_IN!.map((r) => r.from));
    for (const name of ["科创通", "成都科创生态岛"]) {
      const platform = p.Platform!.find((x) => x.name === name)!;
      expect(located.has(platform.id), name).toBe(true);
    }
  });
});

/** Count the lines of a CSV that satisfy `keep` (streamed: the city package is a million rows). */
async function scan(file: string, keep: (cells: string[]) => void): Promise<void> {
  let header = true;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (header) header = false;
    else keep(line.split(","));
  }
}

describe("generated city package: the plan's proportions", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ttgraph-gen-city-"));
    await generatePackage({ scale: "city", seed: 2024, out: dir });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lands each KPI near its target (80–120 %) at the end of the plan's window", async () => {
    const { window, targets } = loadKpiTargets();
    const inWindow = (d: string) => d >= window.from && d <= window.to;
    // Event.csv: id,name,nameEn,kind,series,date — names hold no commas
    const trainings = new Set<string>();
    await scan(join(dir, "Event.csv"), (c) => c[3] === "TRAINING" && inWindow(c[5] ?? "") && trainings.add(c[0]!));
    const talents = new Set<string>();
    let titled = 0;
    // Broker.csv: id,name,nameEn,titleLevel,registeredOn,…
    await scan(join(dir, "Broker.csv"), (c) => {
      if (inWindow(c[4] ?? "")) talents.add(c[0]!);
      if (c[3] === "INTERMEDIATE" || c[3] === "SENIOR") titled++;
    });
    await scan(join(dir, "ATTENDED.csv"), (c) => trainings.has(c[1]!) && talents.add(c[0]!));
    let filed = 0;
    // Agency.csv: id,name,nameEn,kind,level,…
    await scan(join(dir, "Agency.csv"), (c) => (c[4] === "NATIONAL" || c[4] === "MUNICIPAL_FILED") && filed++);
    const ratios = {
      TALENTS: talents.size / targets.TALENTS,
      TITLED_BROKERS: titled / targets.TITLED_BROKERS,
      FILED_AGENCIES: filed / targets.FILED_AGENCIES,
      TRAINING_EVENTS: trainings.size / targets.TRAINING_EVENTS,
    };
    for (const [key, r] of Object.entries(ratios)) {
      expect(r, key).toBeGreaterThan(0.8);
      expect(r, key).toBeLessThan(1.2);
    }
  });
});
