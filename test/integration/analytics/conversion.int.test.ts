/**
 * On-site conversion rate (在蓉转化率) on a hand-built graph (ids CNV-), by count and by amount,
 * overall and per seller district, buyer district, chain and institution.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConversionRate } from "../../../graph-api/src/graph/conversion/conversion.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../../helpers/neo4j.js";

const NODES: FixtureNode[] = [
  { label: "District", id: "CNV-D1", name: "锦江区", city: "成都", inChengdu: true, kind: "DISTRICT" },
  { label: "District", id: "CNV-D2", name: "高新区", city: "成都", inChengdu: true, kind: "FUNCTIONAL_ZONE" },
  { label: "District", id: "CNV-DX", name: "渝中区", city: "重庆", inChengdu: false, kind: "OUTSIDE" },
  { label: "IndustryChain", id: "CNV-C1", name: "电子信息" },
  { label: "IndustryChain", id: "CNV-C2", name: "生物医药" },
  { label: "Institution", id: "CNV-U1", name: "大学一", kind: "UNIVERSITY" },
  { label: "Institution", id: "CNV-U2", name: "大学二", kind: "UNIVERSITY" },
  { label: "Institution", id: "CNV-UX", name: "外地大学", kind: "UNIVERSITY" },
  { label: "Lab", id: "CNV-L1", name: "实验室一", level: "PROVINCIAL" },
  { label: "Lab", id: "CNV-L2", name: "外地实验室", level: "OTHER" },
  { label: "Enterprise", id: "CNV-S1", name: "卖方企业" },
  { label: "Enterprise", id: "CNV-B1", name: "买方一" },
  { label: "Enterprise", id: "CNV-B2", name: "买方二" },
  { label: "Enterprise", id: "CNV-BX", name: "外地买方" },
  { label: "Enterprise", id: "CNV-BN", name: "无区买方" },
  { label: "Result", id: "CNV-R1", name: "成果一", kind: "INVENTION_PATENT", year: 2023, status: "TRANSFERRED" },
  { label: "Result", id: "CNV-R2", name: "成果二", kind: "SOFTWARE", year: 2023, status: "TRANSFERRED" },
  { label: "Result", id: "CNV-R3", name: "成果三", kind: "KNOW_HOW", year: 2023, status: "TRANSFERRED" },
  { label: "Deal", id: "CNV-K1", name: "K1", kind: "TRANSFER", amount: 100, signedOn: "2024-01-01" },
  { label: "Deal", id: "CNV-K2", name: "K2", kind: "LICENSE", amount: 300, signedOn: "2024-03-01" },
  { label: "Deal", id: "CNV-K3", name: "K3", kind: "TRANSFER", signedOn: "2024-06-01" },
  { label: "Deal", id: "CNV-K4", name: "K4", kind: "SERVICE", amount: 200, signedOn: "2024-12-31" },
  { label: "Deal", id: "CNV-K5", name: "K5", kind: "TRANSFER", amount: 500, signedOn: "2024-07-01" },
  { label: "Deal", id: "CNV-K6", name: "K6", kind: "TRANSFER", amount: 1000, signedOn: "2025-01-01" },
  { label: "Deal", id: "CNV-K7", name: "K7", kind: "TRANSFER", amount: 1000, signedOn: "2023-12-31" },
  { label: "Deal", id: "CNV-K8", name: "K8", kind: "TRANSFER", amount: 50, signedOn: "2024-05-05" },
  { label: "Deal", id: "CNV-K9", name: "K9", kind: "SERVICE", amount: 10, signedOn: "2024-05-06" },
  { label: "Lab", id: "CNV-L3", name: "无单位实验室", level: "OTHER" },
];

const deal = (id: string, seller: string, buyer: string, result?: string): FixtureRel[] => [
  [id, "SELLER", seller],
  [id, "BUYER", buyer],
  ...(result ? [[id, "TRANSFERS", result] as FixtureRel] : []),
];

const RELS: FixtureRel[] = [
  ["CNV-U1", "LOCATED_IN", "CNV-D1"],
  ["CNV-U2", "LOCATED_IN", "CNV-D2"],
  ["CNV-UX", "LOCATED_IN", "CNV-DX"],
  ["CNV-L1", "PART_OF", "CNV-U2"], // a lab has no district of its own: it takes its institution's
  ["CNV-L2", "PART_OF", "CNV-UX"],
  ["CNV-S1", "LOCATED_IN", "CNV-D1"],
  ["CNV-B1", "LOCATED_IN", "CNV-D1"],
  ["CNV-B2", "LOCATED_IN", "CNV-D2"],
  ["CNV-BX", "LOCATED_IN", "CNV-DX"],
  ["CNV-R1", "APPLIES_TO", "CNV-C1"],
  ["CNV-R2", "APPLIES_TO", "CNV-C1"],
  ["CNV-R2", "APPLIES_TO", "CNV-C2"],
  ...deal("CNV-K1", "CNV-U1", "CNV-B1", "CNV-R1"), // in Chengdu → in Chengdu (on-site), 100
  ...deal("CNV-K2", "CNV-U1", "CNV-BX", "CNV-R2"), // in Chengdu → outside, 300
  ...deal("CNV-K3", "CNV-L1", "CNV-B2", "CNV-R2"), // lab of U2 (D2) → D2 (on-site), amount null
  ...deal("CNV-K4", "CNV-S1", "CNV-BN", "CNV-R3"), // enterprise seller (D1) → buyer without district, 200
  ...deal("CNV-K5", "CNV-UX", "CNV-B1"), // seller outside Chengdu: not in the denominator
  ...deal("CNV-K6", "CNV-U1", "CNV-B1"), // 2025-01-01: after the period
  ...deal("CNV-K7", "CNV-U1", "CNV-B1"), // 2023-12-31: before the period
  ...deal("CNV-K8", "CNV-L2", "CNV-B1"), // lab of an outside institution: not in the denominator
  ...deal("CNV-K9", "CNV-L3", "CNV-B1"), // lab without an institution: cannot be placed
];

const YEAR_2024 = { from: "2024-01-01", to: "2024-12-31" };

describe("conversion rate (在蓉转化率)", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, NODES, RELS);
  });
  afterAll(() => driver.close());

  it("overall: K1..K4 count (both period ends inclusive), K1 and K3 are on-site", async () => {
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "NONE", 50);
    // count: 2 / 4 = 0.5; amount: on-site 100 + 0 (K3 null) = 100 of 100 + 300 + 0 + 200 = 600
    expect(c.overall).toEqual({
      deals: 4,
      onSiteDeals: 2,
      rateByCount: 0.5,
      amount: 600,
      onSiteAmount: 100,
      rateByAmount: 100 / 600,
      resultsTransferred: 3, // R1, R2 (K2 and K3), R3
    });
    expect(c.groups).toEqual([]);
  });

  it("counts what it leaves out: sellers outside Chengdu, unplaced sellers and buyers, ungrouped deals", async () => {
    // K5 (seller outside) and K8 (lab of an outside institution) are outside the definition; K9's
    // seller is a lab without an institution: it cannot be placed; K4's buyer has no district.
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "INSTITUTION", 50);
    expect(c.coverage).toEqual({
      periodDeals: 7,
      sellerOutsideChengdu: 2,
      sellerUnplaced: 1,
      buyerUnplaced: 1,
      ungrouped: 1, // K4: an enterprise seller has no institution
    });
    expect(c.coverage.periodDeals).toBe(c.overall.deals + c.coverage.sellerOutsideChengdu + c.coverage.sellerUnplaced);
  });

  it("per lab: the lab with its institution", async () => {
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "LAB", 50);
    expect(c.groups).toEqual([
      {
        id: "CNV-L1",
        name: "实验室一",
        node: { id: "CNV-L1", name: "实验室一", type: "Lab" },
        kind: "PROVINCIAL",
        parent: { id: "CNV-U2", name: "大学二", type: "Institution" },
        figures: {
          deals: 1,
          onSiteDeals: 1,
          rateByCount: 1,
          amount: 0,
          onSiteAmount: 0,
          rateByAmount: null,
          resultsTransferred: 1,
        },
      },
    ]);
    expect(c.coverage.ungrouped).toBe(3); // K1, K2, K4 are not sold by a lab
  });

  it("per seller district (default grouping: the supply side)", async () => {
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "SELLER_DISTRICT", 50);
    expect(c.groups).toEqual([
      // D1: K1 (U1), K2 (U1), K4 (S1) → 3 deals, 1 on-site; 600, on-site 100
      {
        id: "CNV-D1",
        name: "锦江区",
        node: { id: "CNV-D1", name: "锦江区", type: "District" },
        figures: {
          deals: 3,
          onSiteDeals: 1,
          rateByCount: 1 / 3,
          amount: 600,
          onSiteAmount: 100,
          rateByAmount: 100 / 600,
          resultsTransferred: 3,
        },
        kind: "DISTRICT",
        parent: null,
      },
      // D2: K3 via L1 → U2 → 1 deal, on-site; amount 0 so the amount rate is unknown (null)
      {
        id: "CNV-D2",
        name: "高新区",
        node: { id: "CNV-D2", name: "高新区", type: "District" },
        kind: "FUNCTIONAL_ZONE",
        parent: null,
        figures: {
          deals: 1,
          onSiteDeals: 1,
          rateByCount: 1,
          amount: 0,
          onSiteAmount: 0,
          rateByAmount: null,
          resultsTransferred: 1,
        },
      },
    ]);
    // the overall row does not depend on the grouping
    expect(c.overall.deals).toBe(4);
  });

  it("per buyer district: where the deals landed (K4's buyer has no district)", async () => {
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "BUYER_DISTRICT", 50);
    // ordered by deals (all 1), then amount desc: DX 300, D1 100, D2 0
    expect(
      c.groups.map((g) => [g.id, g.figures.deals, g.figures.onSiteDeals, g.figures.amount, g.figures.rateByCount]),
    ).toEqual([
      ["CNV-DX", 1, 0, 300, 0],
      ["CNV-D1", 1, 1, 100, 1],
      ["CNV-D2", 1, 1, 0, 1],
    ]);
  });

  it("per chain: a deal counts in every chain of its results", async () => {
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "CHAIN", 50);
    expect(c.groups).toEqual([
      // C1: K1 (R1), K2 (R2), K3 (R2) → 3 deals, on-site K1, K3 = 2; amount 100 + 300 + 0 = 400, on-site 100
      {
        id: "CNV-C1",
        name: "电子信息",
        node: { id: "CNV-C1", name: "电子信息", type: "IndustryChain" },
        kind: null,
        parent: null,
        figures: {
          deals: 3,
          onSiteDeals: 2,
          rateByCount: 2 / 3,
          amount: 400,
          onSiteAmount: 100,
          rateByAmount: 0.25,
          resultsTransferred: 2,
        },
      },
      // C2: K2, K3 → 2 deals, on-site K3 = 1; amount 300, on-site 0
      {
        id: "CNV-C2",
        name: "生物医药",
        node: { id: "CNV-C2", name: "生物医药", type: "IndustryChain" },
        kind: null,
        parent: null,
        figures: {
          deals: 2,
          onSiteDeals: 1,
          rateByCount: 0.5,
          amount: 300,
          onSiteAmount: 0,
          rateByAmount: 0,
          resultsTransferred: 1,
        },
      },
    ]);
  });

  it("per institution: labs fold into their institution, enterprise sellers are left out", async () => {
    const c = await getConversionRate(testRequest(driver), YEAR_2024, "INSTITUTION", 50);
    expect(c.groups).toEqual([
      // U1: K1, K2 → 2 deals, 1 on-site; 400, on-site 100
      {
        id: "CNV-U1",
        name: "大学一",
        node: { id: "CNV-U1", name: "大学一", type: "Institution" },
        kind: "UNIVERSITY",
        parent: null,
        figures: {
          deals: 2,
          onSiteDeals: 1,
          rateByCount: 0.5,
          amount: 400,
          onSiteAmount: 100,
          rateByAmount: 0.25,
          resultsTransferred: 2,
        },
      },
      // U2: K3 (through L1)
      {
        id: "CNV-U2",
        name: "大学二",
        node: { id: "CNV-U2", name: "大学二", type: "Institution" },
        kind: "UNIVERSITY",
        parent: null,
        figures: {
          deals: 1,
          onSiteDeals: 1,
          rateByCount: 1,
          amount: 0,
          onSiteAmount: 0,
          rateByAmount: null,
          resultsTransferred: 1,
        },
      },
    ]);
    const top1 = await getConversionRate(testRequest(driver), YEAR_2024, "INSTITUTION", 1);
    expect(top1.groups.map((g) => g.id)).toEqual(["CNV-U1"]);
  });

  it("a period without deals has null rates", async () => {
    const c = await getConversionRate(
      testRequest(driver),
      { from: "2020-01-01", to: "2020-12-31" },
      "SELLER_DISTRICT",
      50,
    );
    expect(c.overall).toEqual({
      deals: 0,
      onSiteDeals: 0,
      rateByCount: null,
      amount: 0,
      onSiteAmount: 0,
      rateByAmount: null,
      resultsTransferred: 0,
    });
    expect(c.groups).toEqual([]);
  });
});
