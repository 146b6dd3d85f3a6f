/**
 * The demo data has the shape the metrics need: heavy-tailed activity, most buyers in Chengdu,
 * skewed deal sizes over 2019–2026, KPI-window activity, partner-gap chains, yearly awards, and
 * real reference names kept as they are while synthetic nodes say they are synthetic.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage } from "../../../../graph-api/src/ingest/generate/generate-package.js";
import { GAP_CHAINS } from "../../../../graph-api/src/ingest/generate/places-chains.js";
import { readPackage, type PackageRows } from "../../../helpers/read-package.js";

const countBy = <T>(items: T[], key: (t: T) => string | undefined) => {
  const m = new Map<string, number>();
  for (const i of items) {
    const k = key(i);
    if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};

describe("generated demo package: realism", () => {
  let dir: string;
  let p: PackageRows;
  let districtOf: Map<string, Record<string, string>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ttgraph-gen-real-"));
    await generatePackage({ scale: "demo", seed: 99, out: dir });
    p = readPackage(dir);
    const districts = new Map(p.District!.map((d) => [d.id!, d]));
    districtOf = new Map(p.LOCATED_IN!.map((r) => [r.from!, districts.get(r.to!)!]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("concentrates deals on a few brokers and agencies (heavy tail)", () => {
    const leads = countBy(
      p.BROKERED!.filter((r) => r.role === "LEAD"),
      (r) => r.from,
    );
    const perBroker = p.Broker!.map((b) => leads.get(b.id!) ?? 0).sort((a, b) => b - a);
    const top10 = perBroker.slice(0, Math.ceil(perBroker.length / 10)).reduce((a, b) => a + b, 0);
    expect(top10 / p.Deal!.length).toBeGreaterThan(0.4);
    // …and many registered brokers have no deal at all.
    expect(perBroker.filter((n) => n === 0).length).toBeGreaterThan(perBroker.length / 4);
    const served = [...countBy(p.SERVED!, (r) => r.from).values()].sort((a, b) => b - a);
    const topAgencies = served.slice(0, Math.ceil(p.Agency!.length / 10)).reduce((a, b) => a + b, 0);
    expect(topAgencies / p.SERVED!.length).toBeGreaterThan(0.4);
  });

  it("has most buyers in Chengdu, some in Chongqing and some elsewhere", () => {
    const zones = countBy(p.BUYER!, (r) => {
      const d = districtOf.get(r.to!)!;
      return d.inChengdu === "true" ? "chengdu" : d.city === "重庆市" ? "chongqing" : "elsewhere";
    });
    expect((zones.get("chengdu") ?? 0) / p.BUYER!.length).toBeGreaterThan(0.6);
    expect(zones.get("chongqing") ?? 0).toBeGreaterThan(0);
    expect(zones.get("elsewhere") ?? 0).toBeGreaterThan(0);
  });

  it("signs deals from 2019 to 2026 with skewed amounts (mean well above median)", () => {
    const years = new Set(p.Deal!.map((d) => d.signedOn!.slice(0, 4)));
    expect([...years].sort()).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    const amounts = p.Deal!.map((d) => Number(d.amount)).sort((a, b) => a - b);
    const median = amounts[amounts.length >> 1]!;
    const mean = amounts.reduce((a, b) => a + b, 0) / amounts.length;
    expect(mean).toBeGreaterThan(1.5 * median);
    expect(amounts.at(-1)!).toBeGreaterThan(10 * median);
  });

  it("has activity in the plan's KPI window 2024-02-04..2025-12-31", () => {
    const inWindow = (d: string | undefined) => !!d && d >= "2024-02-04" && d <= "2025-12-31";
    expect(p.Broker!.filter((b) => inWindow(b.registeredOn)).length).toBeGreaterThan(50);
    const trainings = new Set(p.Event!.filter((e) => e.kind === "TRAINING" && inWindow(e.date)).map((e) => e.id));
    expect(trainings.size).toBeGreaterThan(0);
    expect(p.ATTENDED!.some((a) => trainings.has(a.to))).toBe(true);
  });

  it("leaves partner gaps: chains with results and demands but almost no brokers or agencies", () => {
    const chainByName = new Map(p.IndustryChain!.map((c) => [c.name!, c.id!]));
    const brokers = countBy(p.SPECIALIZES_IN!, (r) => r.to);
    const results = countBy(p.APPLIES_TO!, (r) => r.to);
    const demands = countBy(p.NEEDS!, (r) => r.to);
    const average = p.SPECIALIZES_IN!.length / p.IndustryChain!.length;
    expect(GAP_CHAINS.length).toBeGreaterThanOrEqual(2);
    for (const name of GAP_CHAINS) {
      const id = chainByName.get(name)!;
      expect(results.get(id) ?? 0, name).toBeGreaterThan(10);
      expect(demands.get(id) ?? 0, name).toBeGreaterThan(3);
      expect(brokers.get(id) ?? 0, name).toBeLessThan(average / 10);
    }
  });

  it("gives TOP10 awards every year 2019–2025 to at most ten recipients of the right type", () => {
    const recipients = countBy(p.RECEIVED!, (r) => r.to);
    for (const category of ["TOP10_BROKER", "TOP10_AGENCY", "TOP10_CASE"]) {
      const awards = p.Award!.filter((a) => a.category === category);
      expect(awards.map((a) => a.year).sort()).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
      for (const a of awards) expect(recipients.get(a.id!) ?? 0).toBeLessThanOrEqual(10);
    }
    const prefix = { TOP10_BROKER: "BRK-", TOP10_AGENCY: "AGN-", TOP10_CASE: "DEL-" } as Record<string, string>;
    const categoryOf = new Map(p.Award!.map((a) => [a.id!, a.category!]));
    for (const r of p.RECEIVED!) {
      const want = prefix[categoryOf.get(r.to!)!];
      if (want) expect(r.from!.startsWith(want)).toBe(true);
    }
  });

  it("keeps real reference names and leaves out unconfirmed ones", () => {
    expect(p.District!.find((d) => d.id === "DST-510107")).toMatchObject({
      name: "武侯区",
      inChengdu: "true",
      kind: "DISTRICT",
    });
    expect(p.District!.find((d) => d.name === "成都高新区")?.kind).toBe("FUNCTIONAL_ZONE");
    expect(p.District!.filter((d) => d.inChengdu === "false").every((d) => d.kind === "OUTSIDE")).toBe(true);
    expect(p.Institution!.map((i) => i.name)).toEqual(
      expect.arrayContaining(["四川大学", "电子科技大学", "西南交通大学"]),
    );
    expect(p.Alliance!.map((a) => a.name)).toEqual(
      expect.arrayContaining(["成都市技术转移联盟", "成都市技术经理人协会"]),
    );
    expect(p.IndustryChain!.length).toBe(17);
    expect(p.IndustryChain!.some((c) => c.name === "光伏")).toBe(false); // a candidate chain
    expect(p.Agency!.some((a) => a.name === "电子科技大学国家技术转移中心")).toBe(false); // national status unconfirmed
    const series = new Set(p.Event!.map((e) => e.series).filter(Boolean));
    expect(series.has("菁蓉汇·校企双进")).toBe(true);
  });

  it("marks every synthetic node as synthetic in nameEn", () => {
    for (const type of ["Broker", "Enterprise", "Result", "Demand", "Deal", "Event", "Award"]) {
      expect(
        p[type]!.every((r) => r.nameEn!.startsWith("Synthetic ")),
        type,
      ).toBe(true);
    }
    expect(p.Institution!.find((i) => i.name === "四川大学")!.nameEn).toBe("Sichuan University");
  });
});
