/**
 * The tracing, conversion, KPI and ranking fields through the real API (built schema, Apollo,
 * HTTP) on the tracing graph (test/fixtures/tracing-graph.ts): anonymous callers may read them,
 * broker contact fields are not reachable, arguments are validated. Values worked out by hand.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRACING_NODES, TRACING_RELS } from "../../fixtures/tracing-graph.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { createGraph } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";

const PERIOD_2024 = { from: "2024-01-01", to: "2024-12-31" };

describe("analytics fields through GraphQL", () => {
  let driver: Driver;
  let api: TestApi;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, TRACING_NODES, TRACING_RELS);
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api?.stop();
    await driver.close();
  });

  it("resultJourney: anonymous, deals in date order, brokers with public fields", async () => {
    const res = await api.gql<{
      resultJourney: {
        deals: { id: string; signedOn: string; brokers: { name: string; role: string }[] }[];
        timeline: { kind: string; refId: string }[];
      };
    }>(`
      { resultJourney(id: "TRC-R1") {
          result { id name type } developers { developer { id type } institution { id } }
          deals { id signedOn amount buyerInChengdu buyerDistrict { name } brokers { broker { id } name titleLevel role } }
          timeline { kind refId date } } }`);
    expect(res.errors).toBeUndefined();
    const j = res.data!.resultJourney;
    expect(j.deals.map((d) => [d.id, d.signedOn])).toEqual([
      ["TRC-DL1", "2024-04-02"],
      ["TRC-DL2", "2024-12-31"],
    ]);
    expect(j.deals[0]!.brokers.map((b) => [b.name, b.role])).toEqual([
      ["张三", "LEAD"],
      ["李四", "SUPPORT"],
    ]);
    expect(j.timeline.map((s) => s.refId)).toEqual(["TRC-L1", "TRC-P1", "TRC-E1", "TRC-DL1", "TRC-E2", "TRC-DL2"]);
    const none = await api.gql(`{ resultJourney(id: "TRC-NONE") { result { id } } }`);
    expect(none.data).toEqual({ resultJourney: null });
  });

  it("a broker's phone is not part of the tracing or ranking types", async () => {
    const res = await api.gql(`{ resultJourney(id: "TRC-R1") { deals { brokers { phone } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Cannot query field "phone"/);
    const ranked = await api.gql(`{ topBrokers(year: 2024) { phone } }`);
    expect(ranked.errors?.[0]?.message).toMatch(/Cannot query field "phone"/);
  });

  it("conversionRate by count and amount, per seller district", async () => {
    const res = await api.gql<{ conversionRate: Record<string, unknown> }>(
      `query ($p: DatePeriod!) { conversionRate(period: $p, groupBy: SELLER_DISTRICT) {
         period { from to } groupBy
         overall { deals onSiteDeals rateByCount amount onSiteAmount rateByAmount }
         groups { node { id name type } name figures { deals onSiteDeals } } } }`,
      { variables: { p: PERIOD_2024 } },
    );
    expect(res.errors).toBeUndefined();
    // 2024, sellers in Chengdu (U1 in 锦江区, L1 through U1): DL1 (100, EN1 高新区: on-site),
    // DL2 (200, EN2 outside), DL4 (null = 0, EN1: on-site) → 2/3 by count, 100/300 by amount
    expect(res.data!.conversionRate).toEqual({
      period: PERIOD_2024,
      groupBy: "SELLER_DISTRICT",
      overall: { deals: 3, onSiteDeals: 2, rateByCount: 2 / 3, amount: 300, onSiteAmount: 100, rateByAmount: 1 / 3 },
      groups: [
        {
          node: { id: "TRC-D1", name: "锦江区", type: "District" },
          name: "锦江区",
          figures: { deals: 3, onSiteDeals: 2 },
        },
      ],
    });
    const bad = await api.gql(
      `{ conversionRate(period: { from: "2025-01-01", to: "2024-01-01" }) { overall { deals } } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("flows and enterpriseSources", async () => {
    const res = await api.gql<{
      flows: { links: unknown[]; totalDeals: number; totalAmount: number };
      enterpriseSources: { totalDeals: number; brokers: { broker: { id: string }; deals: number }[] };
    }>(
      `query ($p: DatePeriod!) {
         flows(period: $p, source: INSTITUTION, target: DISTRICT) { nodes { key side value } links { source target deals value amount } totalDeals totalAmount }
         enterpriseSources(id: "TRC-EN1", limit: 5) { totalDeals totalAmount brokers { broker { id } deals leadDeals } } }`,
      { variables: { p: PERIOD_2024 } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.flows.links).toEqual([
      { source: "src:TRC-U1", target: "dst:TRC-D2", deals: 2, value: 2, amount: 100 },
      { source: "src:TRC-U1", target: "dst:TRC-DX", deals: 1, value: 1, amount: 200 },
    ]);
    expect(res.data!.flows.totalDeals).toBe(3);
    expect(res.data!.enterpriseSources).toEqual({
      totalDeals: 3,
      totalAmount: 150,
      brokers: [
        { broker: { id: "TRC-B1" }, deals: 2, leadDeals: 2 },
        { broker: { id: "TRC-B2" }, deals: 1, leadDeals: 0 },
      ],
    });
  });

  it("kpiProgress with the default window and targets", async () => {
    const res = await api.gql<{
      kpiProgress: { window: unknown; indicators: { key: string; target: number; current: number; ratio: number }[] };
    }>(
      `{ kpiProgress { window { from to } indicators { key target current ratio met unassigned byDistrict { districtId value } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.kpiProgress.window).toEqual({ from: "2024-02-04", to: "2025-12-31" });
    // no broker registered or trained; B1 is SENIOR; A1 MUNICIPAL_FILED and A2 NATIONAL; no training
    expect(res.data!.kpiProgress.indicators.map((i) => [i.key, i.target, i.current, i.ratio])).toEqual([
      ["TALENTS", 5000, 0, 0],
      ["TITLED_BROKERS", 300, 1, 1 / 300],
      ["FILED_AGENCIES", 100, 2, 0.02],
      ["TRAINING_EVENTS", 100, 0, 0],
    ]);
  });

  it("topCases, topBrokers and agencyEvaluation with breakdowns", async () => {
    const res = await api.gql<{
      topCases: { deal: { id: string }; score: number; breakdown: { key: string; points: number }[] }[];
      topBrokers: { broker: { id: string }; rank: number }[];
      agencyEvaluation: { agency: { id: string }; deals: number; dealGrowth: number | null }[];
    }>(
      `{ topCases(year: 2024) { rank deal { id } score breakdown { key raw normalised weight points label } }
         topBrokers(year: 2024, limit: 1) { rank broker { id name type } name titleLevel employers { id } score }
         agencyEvaluation(year: 2024) { agency { id } deals amount onSiteShare previousDeals dealGrowth allianceMember allianceDeals } }`,
    );
    expect(res.errors).toBeUndefined();
    // max amount 200. DL2 = 50 × 200/200 + 0 + 0 + 10 (brokered) + 10 × 6/9 (R1 TRL 6) = 66.667
    // DL1 = 50 × 100/200 + 20 (on-site) + 0 + 10 + 6.667 = 61.667; DL4 = 0 + 20 + 0 + 10 + 0 = 30
    const cases = res.data!.topCases;
    expect(cases.map((c) => c.deal.id)).toEqual(["TRC-DL2", "TRC-DL1", "TRC-DL4"]);
    expect(cases.map((c) => c.score)).toEqual([expect.closeTo(66.667, 2), expect.closeTo(61.667, 2), 30]);
    expect(cases[0]!.breakdown.map((b) => b.key)).toEqual(["amount", "onSite", "demand", "brokered", "trl"]);
    // brokers 2024: B1 (DL1 LEAD, DL4 LEAD) credit 2, 100, on-site 2/2; B2 (DL1 SUPPORT 0.5, DL2 LEAD 1)
    // credit 1.5, 250, on-site 0.5/1.5. B1 = 40 + 30 × 100/250 + 20 = 72; B2 = 30 + 30 + 6.67 = 66.67
    expect(res.data!.topBrokers.map((b) => [b.rank, b.broker.id])).toEqual([[1, "TRC-B1"]]);
    // A1 served DL1, DL4 (2024) and nothing in 2023; A2 served DL2
    expect(res.data!.agencyEvaluation.map((a) => [a.agency.id, a.deals, a.dealGrowth])).toEqual([
      ["TRC-A1", 2, null],
      ["TRC-A2", 1, null],
    ]);
  });
});
