/**
 * Rankings (十佳) and the agency evaluation on a hand-built graph (ids RNK-): each score worked out
 * by hand from the formulas in graph-api/src/graph/rankings/scoring.ts.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateAgencies } from "../../../graph-api/src/graph/rankings/agency-evaluation.js";
import { topAgencies, topBrokers, topCases } from "../../../graph-api/src/graph/rankings/rankings.js";
import type { RankingComponent } from "../../../graph-api/src/graph/rankings/scoring.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../../helpers/neo4j.js";

const NODES: FixtureNode[] = [
  { label: "District", id: "RNK-D1", name: "锦江区", city: "成都", inChengdu: true, kind: "DISTRICT" },
  { label: "District", id: "RNK-DX", name: "渝中区", city: "重庆", inChengdu: false, kind: "OUTSIDE" },
  { label: "IndustryChain", id: "RNK-C1", name: "电子信息" },
  { label: "IndustryChain", id: "RNK-C2", name: "生物医药" },
  { label: "Institution", id: "RNK-U1", name: "大学一", kind: "UNIVERSITY" },
  { label: "Institution", id: "RNK-U2", name: "大学二", kind: "UNIVERSITY" },
  { label: "Lab", id: "RNK-L1", name: "实验室", level: "NATIONAL" },
  { label: "Enterprise", id: "RNK-EN1", name: "本地企业" },
  { label: "Enterprise", id: "RNK-ENX", name: "外地企业" },
  { label: "Alliance", id: "RNK-AL1", name: "技术转移联盟", kind: "ALLIANCE" },
  { label: "Alliance", id: "RNK-AL2", name: "技术经理人协会", kind: "ASSOCIATION" },
  { label: "Demand", id: "RNK-M1", name: "需求", postedOn: "2024-01-01", status: "MATCHED" },
  {
    label: "Result",
    id: "RNK-R1",
    name: "成果一",
    kind: "INVENTION_PATENT",
    year: 2023,
    trl: 9,
    status: "TRANSFERRED",
  },
  { label: "Result", id: "RNK-R2", name: "成果二", kind: "SOFTWARE", year: 2023, trl: 3, status: "TRANSFERRED" },
  { label: "Result", id: "RNK-R3", name: "成果三", kind: "KNOW_HOW", year: 2023, status: "TRANSFERRED" },
  { label: "Broker", id: "RNK-B1", name: "张三", titleLevel: "SENIOR", phone: "13800000000" },
  { label: "Broker", id: "RNK-B2", name: "李四", titleLevel: "JUNIOR" },
  { label: "Agency", id: "RNK-A1", name: "机构一", kind: "MARKET", level: "NATIONAL" },
  { label: "Agency", id: "RNK-A2", name: "机构二", kind: "UNIVERSITY_OFFICE", level: "MUNICIPAL_FILED" },
  { label: "Agency", id: "RNK-A3", name: "机构三", kind: "PUBLIC", level: "UNFILED" },
  { label: "Event", id: "RNK-T1", name: "实训一", kind: "TRAINING", date: "2024-03-01" },
  { label: "Event", id: "RNK-T2", name: "实训二", kind: "TRAINING", date: "2024-09-01" },
  { label: "Event", id: "RNK-T0", name: "实训零", kind: "TRAINING", date: "2023-09-01" },
  { label: "Deal", id: "RNK-K1", name: "案例一", kind: "TRANSFER", amount: 900, signedOn: "2024-02-01" },
  { label: "Deal", id: "RNK-K2", name: "案例二", kind: "LICENSE", amount: 300, signedOn: "2024-05-01" },
  { label: "Deal", id: "RNK-K3", name: "案例三", kind: "TRANSFER", signedOn: "2024-12-31" },
  { label: "Deal", id: "RNK-K0", name: "去年一", kind: "TRANSFER", amount: 100, signedOn: "2023-06-01" },
  { label: "Deal", id: "RNK-K00", name: "去年二", kind: "SERVICE", amount: 100, signedOn: "2023-07-01" },
];

const RELS: FixtureRel[] = [
  ["RNK-U1", "LOCATED_IN", "RNK-D1"],
  ["RNK-EN1", "LOCATED_IN", "RNK-D1"],
  ["RNK-ENX", "LOCATED_IN", "RNK-DX"],
  ["RNK-L1", "PART_OF", "RNK-U2"],
  ["RNK-R1", "APPLIES_TO", "RNK-C1"],
  ["RNK-R2", "APPLIES_TO", "RNK-C1"],
  ["RNK-R2", "APPLIES_TO", "RNK-C2"],
  ["RNK-B1", "EMPLOYED_BY", "RNK-A1"],
  // alliances: A1 and buyer EN1 in AL1; A2 and U2 (the institution of seller lab L1) in AL2
  ["RNK-A1", "MEMBER_OF", "RNK-AL1"],
  ["RNK-EN1", "MEMBER_OF", "RNK-AL1"],
  ["RNK-A2", "MEMBER_OF", "RNK-AL2"],
  ["RNK-U2", "MEMBER_OF", "RNK-AL2"],
  // K1: U1 → EN1 (on-site) 900, R1 (TRL 9), answers M1, B1 LEAD + B2 SUPPORT, agency A1
  ["RNK-K1", "SELLER", "RNK-U1"],
  ["RNK-K1", "BUYER", "RNK-EN1"],
  ["RNK-K1", "TRANSFERS", "RNK-R1"],
  ["RNK-K1", "ANSWERS", "RNK-M1"],
  ["RNK-B1", "BROKERED", "RNK-K1", { role: "LEAD" }],
  ["RNK-B2", "BROKERED", "RNK-K1", { role: "SUPPORT" }],
  ["RNK-A1", "SERVED", "RNK-K1"],
  // K2: U1 → ENX (outside) 300, R2 (TRL 3, chains C1 C2), B2 LEAD, agencies A1 and A2
  ["RNK-K2", "SELLER", "RNK-U1"],
  ["RNK-K2", "BUYER", "RNK-ENX"],
  ["RNK-K2", "TRANSFERS", "RNK-R2"],
  ["RNK-B2", "BROKERED", "RNK-K2", { role: "LEAD" }],
  ["RNK-A1", "SERVED", "RNK-K2"],
  ["RNK-A2", "SERVED", "RNK-K2"],
  // K3: L1 → EN1 (on-site), amount undisclosed, R3 (no TRL, no chain), no broker, agency A2
  ["RNK-K3", "SELLER", "RNK-L1"],
  ["RNK-K3", "BUYER", "RNK-EN1"],
  ["RNK-K3", "TRANSFERS", "RNK-R3"],
  ["RNK-A2", "SERVED", "RNK-K3"],
  // 2023: K0 (A1, B1 LEAD, 100) and K00 (A3, 100)
  ["RNK-K0", "SELLER", "RNK-U1"],
  ["RNK-K0", "BUYER", "RNK-EN1"],
  ["RNK-B1", "BROKERED", "RNK-K0", { role: "LEAD" }],
  ["RNK-A1", "SERVED", "RNK-K0"],
  ["RNK-K00", "SELLER", "RNK-U1"],
  ["RNK-K00", "BUYER", "RNK-EN1"],
  ["RNK-A3", "SERVED", "RNK-K00"],
  // training: B1 20 h + 30 h in 2024 (50 h, capped at 40); B2 10 h in 2024 and 100 h in 2023 (ignored)
  ["RNK-B1", "ATTENDED", "RNK-T1", { hours: 20 }],
  ["RNK-B1", "ATTENDED", "RNK-T2", { hours: 30 }],
  ["RNK-B2", "ATTENDED", "RNK-T1", { hours: 10 }],
  ["RNK-B2", "ATTENDED", "RNK-T0", { hours: 100 }],
];

/** key → points, to compare breakdowns compactly. */
const points = (b: RankingComponent[]) => Object.fromEntries(b.map((c) => [c.key, c.points]));

describe("rankings (十佳)", () => {
  let driver: Driver;
  const year2024 = { from: "2024-01-01", to: "2024-12-31" };
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, NODES, RELS);
  });
  afterAll(() => driver.close());

  it("topBrokers: deals 40, amount 30, on-site 20, training 10", async () => {
    const r = await topBrokers(testRequest(driver), year2024, 10);
    // B1: credit 1 (K1 LEAD), amount 900, on-site 1/1, 50 h.  B2: 0.5 (K1) + 1 (K2) = 1.5,
    // amount 0.5 × 900 + 300 = 750, on-site 0.5 / 1.5 = 1/3, 10 h.  Max credit 1.5, max amount 900.
    // B1 = 40 × 1/1.5 + 30 × 900/900 + 20 × 1 + 10 × min(1, 50/40) = 26.667 + 30 + 20 + 10 = 86.667
    // B2 = 40 × 1.5/1.5 + 30 × 750/900 + 20 × 1/3 + 10 × 10/40 = 40 + 25 + 6.667 + 2.5 = 74.167
    expect(r.map((x) => [x.rank, x.id])).toEqual([
      [1, "RNK-B1"],
      [2, "RNK-B2"],
    ]);
    expect(r[0]!.score).toBeCloseTo(86.6667, 3);
    expect(r[1]!.score).toBeCloseTo(74.1667, 3);
    const b1 = points(r[0]!.breakdown);
    expect(b1.deals).toBeCloseTo(26.6667, 3);
    expect(b1).toMatchObject({ amount: 30, onSite: 20, training: 10 });
    const b2 = r[1]!.breakdown;
    expect(b2.find((c) => c.key === "deals")).toMatchObject({ raw: 1.5, normalised: 1, weight: 40, points: 40 });
    expect(b2.find((c) => c.key === "amount")).toMatchObject({ raw: 750, weight: 30, points: 25 });
    expect(b2.find((c) => c.key === "training")).toMatchObject({ raw: 10, normalised: 0.25, points: 2.5 });
    // public fields only: name, title, employer
    expect(r[0]).toMatchObject({
      name: "张三",
      titleLevel: "SENIOR",
      employers: [{ id: "RNK-A1", name: "机构一", type: "Agency" }],
    });
    expect(r[0]).not.toHaveProperty("phone");
    expect(await topBrokers(testRequest(driver), year2024, 1)).toHaveLength(1);
  });

  it("topAgencies: deals 40, amount 30, on-site 20, chains 10", async () => {
    const r = await topAgencies(testRequest(driver), year2024, 10);
    // A1: K1, K2 → 2 deals, 1200, on-site 1/2, chains {C1, C2} = 2
    // A2: K2, K3 → 2 deals, 300, on-site 1/2 (K3), chains {C1, C2} = 2; A3 had no 2024 deal
    // A1 = 40 + 30 + 10 + 10 = 90; A2 = 40 + 30 × 300/1200 + 10 + 10 = 67.5
    expect(r.map((x) => [x.rank, x.id, x.score])).toEqual([
      [1, "RNK-A1", 90],
      [2, "RNK-A2", 67.5],
    ]);
    expect(points(r[1]!.breakdown)).toEqual({ deals: 40, amount: 7.5, onSite: 10, chains: 10 });
    expect(r[0]).toMatchObject({ name: "机构一", level: "NATIONAL", kind: "MARKET" });
  });

  it("topCases: amount 50, on-site 20, demand 10, brokered 10, TRL 10", async () => {
    const r = await topCases(testRequest(driver), year2024, 10);
    // K1 = 50 × 900/900 + 20 + 10 + 10 + 10 × 9/9 = 100
    // K2 = 50 × 300/900 + 0 + 0 + 10 + 10 × 3/9 = 16.667 + 10 + 3.333 = 30
    // K3 = 0 (undisclosed) + 20 + 0 + 0 + 0 (no TRL) = 20
    expect(r.map((x) => [x.rank, x.id])).toEqual([
      [1, "RNK-K1"],
      [2, "RNK-K2"],
      [3, "RNK-K3"],
    ]);
    expect(r.map((x) => x.score)).toEqual([100, expect.closeTo(30, 6), 20]);
    expect(points(r[2]!.breakdown)).toEqual({ amount: 0, onSite: 20, demand: 0, brokered: 0, trl: 0 });
    expect(r[0]).toMatchObject({
      name: "案例一",
      kind: "TRANSFER",
      signedOn: "2024-02-01",
      amount: 900,
      sellers: [{ id: "RNK-U1", name: "大学一", type: "Institution" }],
      buyer: { id: "RNK-EN1", name: "本地企业", type: "Enterprise" },
    });
    expect(await topCases(testRequest(driver), { from: "2020-01-01", to: "2020-12-31" }, 10)).toEqual([]);
  });

  it("agencyEvaluation: deals, amount, on-site share, growth and alliance contribution", async () => {
    const r = await evaluateAgencies(testRequest(driver), 2024, 50, 0);
    expect(r).toEqual([
      // A1: 2024 K1 + K2 = 2 deals, 1200, on-site K1 → 0.5; 2023 K0: 1, 100 → growth (2-1)/1 = 1,
      // (1200-100)/100 = 11; alliance: K1's buyer EN1 shares AL1 → 1
      {
        id: "RNK-A1",
        agency: { id: "RNK-A1", name: "机构一", type: "Agency" },
        name: "机构一",
        level: "NATIONAL",
        deals: 2,
        amount: 1200,
        onSiteDeals: 1,
        onSiteShare: 0.5,
        previousDeals: 1,
        previousAmount: 100,
        dealGrowth: 1,
        amountGrowth: 11,
        allianceMember: true,
        allianceDeals: 1,
      },
      // A2: K2 + K3 = 2 deals, 300, on-site K3; no 2023 deals → growth unknown; K3's seller lab L1
      // belongs to U2, a fellow AL2 member → 1
      {
        id: "RNK-A2",
        agency: { id: "RNK-A2", name: "机构二", type: "Agency" },
        name: "机构二",
        level: "MUNICIPAL_FILED",
        deals: 2,
        amount: 300,
        onSiteDeals: 1,
        onSiteShare: 0.5,
        previousDeals: 0,
        previousAmount: 0,
        dealGrowth: null,
        amountGrowth: null,
        allianceMember: true,
        allianceDeals: 1,
      },
      // A3: nothing in 2024, K00 (100) in 2023 → growth -1
      {
        id: "RNK-A3",
        agency: { id: "RNK-A3", name: "机构三", type: "Agency" },
        name: "机构三",
        level: "UNFILED",
        deals: 0,
        amount: 0,
        onSiteDeals: 0,
        onSiteShare: null,
        previousDeals: 1,
        previousAmount: 100,
        dealGrowth: -1,
        amountGrowth: -1,
        allianceMember: false,
        allianceDeals: 0,
      },
    ]);
    // paging
    expect((await evaluateAgencies(testRequest(driver), 2024, 1, 1)).map((a) => a.id)).toEqual(["RNK-A2"]);
  });
});
