/**
 * Plan KPIs on a hand-built graph (ids KPI-): talents, titled brokers, filed agencies and training
 * events, with the breakdown by district, against the default and an overriding targets file.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKpiProgress } from "../../../graph-api/src/graph/kpi/kpi.js";
import { loadKpiTargets } from "../../../graph-api/src/graph/kpi/kpi-targets.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../../helpers/neo4j.js";

const NODES: FixtureNode[] = [
  { label: "District", id: "KPI-D1", name: "锦江区", city: "成都", inChengdu: true, kind: "DISTRICT" },
  { label: "District", id: "KPI-D2", name: "高新区", city: "成都", inChengdu: true, kind: "FUNCTIONAL_ZONE" },
  { label: "Agency", id: "KPI-A1", name: "国家级机构", kind: "MARKET", level: "NATIONAL" },
  { label: "Agency", id: "KPI-A2", name: "市级备案机构", kind: "MARKET", level: "MUNICIPAL_FILED" },
  { label: "Agency", id: "KPI-A3", name: "未备案机构", kind: "MARKET", level: "UNFILED" },
  { label: "Agency", id: "KPI-A4", name: "无区国家级机构", kind: "PUBLIC", level: "NATIONAL" },
  { label: "Institution", id: "KPI-U1", name: "大学", kind: "UNIVERSITY" },
  // B1 registered on the first day of the window; B2 the day before but trained in it;
  // B3 trained only after the window (and went to a salon, not training); B4 registered on the
  // last day, no employer; B5 never registered, trained twice in the window
  { label: "Broker", id: "KPI-B1", name: "一", titleLevel: "SENIOR", registeredOn: "2024-02-04" },
  { label: "Broker", id: "KPI-B2", name: "二", titleLevel: "INTERMEDIATE", registeredOn: "2024-02-03" },
  { label: "Broker", id: "KPI-B3", name: "三", titleLevel: "JUNIOR", registeredOn: "2023-01-01" },
  { label: "Broker", id: "KPI-B4", name: "四", titleLevel: "NONE", registeredOn: "2025-12-31" },
  { label: "Broker", id: "KPI-B5", name: "五", titleLevel: "INTERMEDIATE" },
  { label: "Event", id: "KPI-E1", name: "实训一", kind: "TRAINING", date: "2024-06-01" },
  { label: "Event", id: "KPI-E2", name: "实训二", kind: "TRAINING", date: "2026-01-01" },
  { label: "Event", id: "KPI-E3", name: "沙龙", kind: "SALON", date: "2024-07-01" },
  { label: "Event", id: "KPI-E4", name: "实训四", kind: "TRAINING", date: "2025-01-01" },
  { label: "Event", id: "KPI-E5", name: "实训五", kind: "TRAINING", date: "2024-02-04" },
];

const RELS: FixtureRel[] = [
  ["KPI-A1", "LOCATED_IN", "KPI-D1"],
  ["KPI-A2", "LOCATED_IN", "KPI-D2"],
  ["KPI-A3", "LOCATED_IN", "KPI-D1"],
  ["KPI-U1", "LOCATED_IN", "KPI-D2"],
  ["KPI-B1", "EMPLOYED_BY", "KPI-A1"],
  ["KPI-B2", "EMPLOYED_BY", "KPI-A1"],
  ["KPI-B2", "EMPLOYED_BY", "KPI-U1"], // two employers in two districts: counts in both
  ["KPI-B3", "EMPLOYED_BY", "KPI-A2"],
  ["KPI-B5", "EMPLOYED_BY", "KPI-A3"],
  ["KPI-B2", "ATTENDED", "KPI-E1", { hours: 8 }],
  ["KPI-B3", "ATTENDED", "KPI-E2", { hours: 8 }],
  ["KPI-B3", "ATTENDED", "KPI-E3", { hours: 2 }],
  ["KPI-B5", "ATTENDED", "KPI-E1", { hours: 8 }],
  ["KPI-B5", "ATTENDED", "KPI-E4", { hours: 8 }],
  ["KPI-E1", "LOCATED_IN", "KPI-D1"],
  ["KPI-E4", "LOCATED_IN", "KPI-D2"],
  ["KPI-E2", "LOCATED_IN", "KPI-D2"],
];

/** A Chengdu district's value; `share` = the city target split over the fixture's two Chengdu districts. */
const district = (id: string, name: string, value: number, share: number) => ({
  districtId: id,
  name,
  inChengdu: true,
  value,
  target: share,
});

describe("plan KPIs", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, NODES, RELS);
  });
  afterAll(() => driver.close());

  it("the default targets file holds the plan's window and targets", () => {
    expect(loadKpiTargets()).toEqual({
      window: { from: "2024-02-04", to: "2025-12-31" },
      targets: { TALENTS: 5000, TITLED_BROKERS: 300, FILED_AGENCIES: 100, TRAINING_EVENTS: 100 },
    });
  });

  it("computes each indicator with its district breakdown over the plan's window", async () => {
    const { window, targets } = loadKpiTargets();
    const p = await getKpiProgress(testRequest(driver), window, targets);
    expect(p.window).toEqual({ from: "2024-02-04", to: "2025-12-31" });
    const [talents, titled, agencies, training] = p.indicators;
    // talents: B1 (registered 02-04), B2 (trained E1), B4 (registered 12-31), B5 (E1 and E4, once) = 4
    // districts: D1 ← B1 (A1), B2 (A1), B5 (A3) = 3; D2 ← B2 (U1) = 1; B4 has no employer
    expect(talents).toEqual({
      key: "TALENTS",
      label: "培养引进技术经纪人才",
      target: 5000,
      current: 4,
      ratio: 4 / 5000,
      met: false,
      windowed: true,
      byDistrict: [district("KPI-D1", "锦江区", 3, 2500), district("KPI-D2", "高新区", 1, 2500)],
      unassigned: 1,
      districtsAhead: 0,
      districtsBehind: 2,
    });
    // INTERMEDIATE or SENIOR: B1, B2, B5 = 3; D1 3 (B1, B2, B5), D2 1 (B2)
    expect(titled).toMatchObject({
      key: "TITLED_BROKERS",
      current: 3,
      ratio: 3 / 300,
      windowed: false,
      unassigned: 0,
      byDistrict: [district("KPI-D1", "锦江区", 3, 150), district("KPI-D2", "高新区", 1, 150)],
    });
    // NATIONAL or MUNICIPAL_FILED: A1 (D1), A2 (D2), A4 (no district) = 3
    expect(agencies).toMatchObject({
      key: "FILED_AGENCIES",
      current: 3,
      ratio: 0.03,
      unassigned: 1,
      byDistrict: [district("KPI-D1", "锦江区", 1, 50), district("KPI-D2", "高新区", 1, 50)],
    });
    // TRAINING in the window: E1 (D1), E4 (D2), E5 (02-04, no district) = 3; E2 is 2026, E3 a salon
    expect(training).toMatchObject({
      key: "TRAINING_EVENTS",
      current: 3,
      ratio: 0.03,
      unassigned: 1,
      windowed: true,
      byDistrict: [district("KPI-D1", "锦江区", 1, 50), district("KPI-D2", "高新区", 1, 50)],
    });
  });

  it("a district is ahead when it reaches its even share of the city target", async () => {
    const { window } = loadKpiTargets();
    // TITLED_BROKERS target 4 over two Chengdu districts: share 2 — D1 (3) ahead, D2 (1) behind
    const p = await getKpiProgress(testRequest(driver), window, {
      TALENTS: 5000,
      TITLED_BROKERS: 4,
      FILED_AGENCIES: 100,
      TRAINING_EVENTS: 100,
    });
    expect(p.indicators[1]).toMatchObject({ districtsAhead: 1, districtsBehind: 1 });
    expect(p.indicators[1]!.byDistrict.map((d) => [d.districtId, d.target])).toEqual([
      ["KPI-D1", 2],
      ["KPI-D2", 2],
    ]);
  });

  it("a narrower window changes only the windowed indicators", async () => {
    const p = await getKpiProgress(
      testRequest(driver),
      { from: "2024-06-01", to: "2024-06-30" },
      loadKpiTargets().targets,
    );
    // June 2024: nobody registered; B2 and B5 trained at E1 → 2 talents; one TRAINING event (E1)
    expect(p.indicators.map((i) => [i.key, i.current])).toEqual([
      ["TALENTS", 2],
      ["TITLED_BROKERS", 3],
      ["FILED_AGENCIES", 3],
      ["TRAINING_EVENTS", 1],
    ]);
  });

  it("targets come from the configured file (KPI_TARGETS_FILE); a bad file is rejected", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-"));
    const file = join(dir, "targets.json");
    writeFileSync(
      file,
      JSON.stringify({
        window: { from: "2024-02-04", to: "2025-12-31" },
        targets: { TALENTS: 4, TITLED_BROKERS: 3, FILED_AGENCIES: 4, TRAINING_EVENTS: 2 },
      }),
    );
    const { window, targets } = loadKpiTargets(file);
    const p = await getKpiProgress(testRequest(driver), window, targets);
    // 4/4 = 1 met; 3/3 = 1 met; 3/4 = 0.75 not met; 3/2 = 1.5 met
    expect(p.indicators.map((i) => [i.key, i.ratio, i.met])).toEqual([
      ["TALENTS", 1, true],
      ["TITLED_BROKERS", 1, true],
      ["FILED_AGENCIES", 0.75, false],
      ["TRAINING_EVENTS", 1.5, true],
    ]);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ window: { from: "2025-01-01", to: "2024-01-01" }, targets: { TALENTS: 0 } }));
    expect(() => loadKpiTargets(bad)).toThrow(/window: from must not be after to[\s\S]*targets.TALENTS/);
  });
});
