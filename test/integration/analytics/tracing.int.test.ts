/**
 * Tracing on a hand-built graph (ids TRC-): result journey order, enterprise sources and flows.
 * Expected values are worked out by hand in the comments.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnterpriseSources } from "../../../graph-api/src/graph/tracing/enterprise-sources.js";
import { getFlows } from "../../../graph-api/src/graph/tracing/flows.js";
import { getResultJourney } from "../../../graph-api/src/graph/tracing/journey.js";
import { TRACING_NODES, TRACING_RELS } from "../../fixtures/tracing-graph.js";
import { createGraph } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../../helpers/neo4j.js";

const ref = (id: string, name: string, type: string) => ({ id, name, type });
const YEAR_2024 = { from: "2024-01-01", to: "2024-12-31" };

describe("tracing", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, TRACING_NODES, TRACING_RELS);
  });
  afterAll(() => driver.close());

  it("resultJourney lists developers, events and deals in date order with everyone involved", async () => {
    const j = await getResultJourney(testRequest(driver), "TRC-R1", 50);
    expect(j).not.toBeNull();
    expect(j!.result).toEqual(ref("TRC-R1", "成果一", "Result"));
    expect(j!.chains).toEqual([ref("TRC-C1", "电子信息", "IndustryChain")]);
    // the lab is shown with its institution and the institution's district
    expect(j!.developers).toEqual([
      {
        developer: ref("TRC-L1", "重点实验室", "Lab"),
        institution: ref("TRC-U1", "四川大学", "Institution"),
        district: ref("TRC-D1", "锦江区", "District"),
      },
    ]);
    // E1 (2024-03-01) before E2 (2024-05-01), although E2 was created first
    expect(j!.events.map((e) => [e.id, e.date])).toEqual([
      ["TRC-E1", "2024-03-01"],
      ["TRC-E2", "2024-05-01"],
    ]);
    expect(j!.events[0]!.district).toEqual(ref("TRC-D2", "高新区", "District"));
    expect(j!.platforms).toEqual([
      { id: "TRC-P1", name: "中试平台", kind: "PILOT_PLATFORM", operators: [ref("TRC-A1", "机构一", "Agency")] },
    ]);
    // DL1 (2024-04-02) before DL2 (2024-12-31); DL4 transfers R2, not R1
    expect(j!.deals.map((d) => d.id)).toEqual(["TRC-DL1", "TRC-DL2"]);
    const [dl1, dl2] = j!.deals;
    expect(dl1!.brokers).toEqual([
      { id: "TRC-B1", broker: ref("TRC-B1", "张三", "Broker"), name: "张三", titleLevel: "SENIOR", role: "LEAD" },
      { id: "TRC-B2", broker: ref("TRC-B2", "李四", "Broker"), name: "李四", titleLevel: "JUNIOR", role: "SUPPORT" },
    ]);
    expect(dl1!.brokers[0]).not.toHaveProperty("phone");
    expect(dl1!).toMatchObject({
      sellers: [ref("TRC-L1", "重点实验室", "Lab")],
      agencies: [ref("TRC-A1", "机构一", "Agency")],
      buyer: ref("TRC-EN1", "企业一", "Enterprise"),
      buyerDistrict: ref("TRC-D2", "高新区", "District"),
      buyerInChengdu: true,
      buyerChains: [ref("TRC-C1", "电子信息", "IndustryChain"), ref("TRC-C2", "生物医药", "IndustryChain")],
      originatedAt: [ref("TRC-E1", "校企双进", "Event")],
      amount: 100,
      signedOn: "2024-04-02",
    });
    expect(dl2).toMatchObject({
      buyerInChengdu: false,
      buyerDistrict: ref("TRC-DX", "渝中区", "District"),
      agencies: [ref("TRC-A2", "机构二", "Agency")],
    });
    // timeline: DEVELOPED, PILOTED (undated), then 03-01 E1, 04-02 DL1, 05-01 E2, 12-31 DL2
    expect(j!.timeline.map((s) => `${s.kind}:${s.refId}`)).toEqual([
      "DEVELOPED:TRC-L1",
      "PILOTED:TRC-P1",
      "PRESENTED:TRC-E1",
      "DEAL:TRC-DL1",
      "PRESENTED:TRC-E2",
      "DEAL:TRC-DL2",
    ]);
  });

  it("resultJourney keeps the earliest events and deals when bounded", async () => {
    const j = await getResultJourney(testRequest(driver), "TRC-R1", 1);
    expect(j!.events.map((e) => e.id)).toEqual(["TRC-E1"]);
    expect(j!.deals.map((d) => d.id)).toEqual(["TRC-DL1"]);
  });

  it("resultJourney is null for an unknown id", async () => {
    expect(await getResultJourney(testRequest(driver), "TRC-NOPE", 50)).toBeNull();
  });

  it("enterpriseSources folds labs into institutions and ranks contributors by deals then amount", async () => {
    const s = await getEnterpriseSources(testRequest(driver), "TRC-EN1", 10);
    // EN1 buys in DL1 (100), DL4 (null = 0) and DL5 (50): 3 deals, 150
    expect(s).toMatchObject({ enterprise: ref("TRC-EN1", "企业一", "Enterprise"), totalDeals: 3, totalAmount: 150 });
    // newest first: DL4 2024-08-01, DL1 2024-04-02, DL5 2023-12-31
    expect(s!.deals.map((d) => d.id)).toEqual(["TRC-DL4", "TRC-DL1", "TRC-DL5"]);
    expect(s!.deals[0]).toMatchObject({
      amount: null,
      results: [ref("TRC-R2", "成果二", "Result")],
      sellers: [ref("TRC-U1", "四川大学", "Institution")],
    });
    // U1 sold all three (DL1 through its lab L1): 3 deals, 100 + 0 + 50 = 150
    expect(s!.institutions).toEqual([{ node: ref("TRC-U1", "四川大学", "Institution"), deals: 3, amount: 150 }]);
    // R1 (DL1, 100) before R2 (DL4, 0): same deal count, larger amount first
    expect(s!.results).toEqual([
      { node: ref("TRC-R1", "成果一", "Result"), deals: 1, amount: 100 },
      { node: ref("TRC-R2", "成果二", "Result"), deals: 1, amount: 0 },
    ]);
    // B1 LEAD on DL1 and DL4; B2 SUPPORT on DL1 (DL2 is not EN1's)
    expect(s!.brokers).toEqual([
      {
        id: "TRC-B1",
        broker: ref("TRC-B1", "张三", "Broker"),
        name: "张三",
        titleLevel: "SENIOR",
        deals: 2,
        leadDeals: 2,
      },
      {
        id: "TRC-B2",
        broker: ref("TRC-B2", "李四", "Broker"),
        name: "李四",
        titleLevel: "JUNIOR",
        deals: 1,
        leadDeals: 0,
      },
    ]);
    expect(s!.agencies).toEqual([{ node: ref("TRC-A1", "机构一", "Agency"), deals: 2, amount: 100 }]);
    // limit bounds every list
    const one = await getEnterpriseSources(testRequest(driver), "TRC-EN1", 1);
    expect(one!.deals.map((d) => d.id)).toEqual(["TRC-DL4"]);
    expect(one!.brokers).toHaveLength(1);
    expect(await getEnterpriseSources(testRequest(driver), "TRC-R1", 10)).toBeNull(); // not an enterprise
  });

  const node = (
    key: string,
    id: string,
    name: string,
    type: string,
    side: string,
    value: number,
    inChengdu: boolean | null,
  ) => ({
    key,
    id,
    name,
    type,
    side,
    kind: "ENTITY",
    inChengdu,
    members: 0,
    value,
  });

  it("flows: institution → buyer district over 2024 (inclusive ends), totals, outside-Chengdu marks", async () => {
    const f = await getFlows(testRequest(driver), {
      period: YEAR_2024,
      source: "INSTITUTION",
      target: "DISTRICT",
      sourceId: null,
      nodesPerSide: 10,
    });
    // DL1 U1(via L1)→D2 100; DL4 U1→D2 0; DL2 U1→DX 200 (2024-12-31 included); DL5 is 2023
    expect(f.links).toEqual([
      { source: "src:TRC-U1", target: "dst:TRC-D2", deals: 2, value: 2, amount: 100 },
      { source: "src:TRC-U1", target: "dst:TRC-DX", deals: 1, value: 1, amount: 200 },
    ]);
    expect(f.totalDeals).toBe(3);
    expect(f.totalAmount).toBe(300);
    expect(f).toMatchObject({ otherValue: 0, unplacedValue: 0 });
    expect(f.nodes).toEqual([
      node("src:TRC-U1", "TRC-U1", "四川大学", "Institution", "SOURCE", 3, true),
      node("dst:TRC-D2", "TRC-D2", "高新区", "District", "TARGET", 2, true),
      node("dst:TRC-DX", "TRC-DX", "渝中区", "District", "TARGET", 1, false),
    ]);
  });

  it("flows: the long tail is folded into 其他 and every deal stays drawn", async () => {
    const f = await getFlows(testRequest(driver), {
      period: YEAR_2024,
      source: "INSTITUTION",
      target: "DISTRICT",
      sourceId: null,
      nodesPerSide: 1,
    });
    // one named target (D2, value 2); DX (value 1) is folded into dst:~OTHER
    expect(f.links).toEqual([
      { source: "src:TRC-U1", target: "dst:TRC-D2", deals: 2, value: 2, amount: 100 },
      { source: "src:TRC-U1", target: "dst:~OTHER", deals: 1, value: 1, amount: 200 },
    ]);
    expect(f.nodes.find((n) => n.key === "dst:~OTHER")).toMatchObject({
      kind: "OTHER",
      members: 1,
      name: "其他",
      value: 1,
    });
    expect(f.links.reduce((s, l) => s + l.value, 0)).toBe(f.totalDeals);
    expect(f.otherValue).toBe(1);
  });

  it("flows: chain → buyer chain splits a deal evenly over its pairs", async () => {
    const f = await getFlows(testRequest(driver), {
      period: YEAR_2024,
      source: "CHAIN",
      target: "CHAIN",
      sourceId: null,
      nodesPerSide: 10,
    });
    // DL1: R1→C1; EN1 in C1, C2 → (C1,C1) and (C1,C2), 0.5 each, amount 50 each
    // DL2: R1→C1; EN2 in C2 → (C1,C2) 1, amount 200
    // DL4: R2→C2; EN1 in C1, C2 → (C2,C1) and (C2,C2), 0.5 each, amount 0
    expect(f.links).toEqual([
      { source: "src:TRC-C1", target: "dst:TRC-C2", deals: 2, value: 1.5, amount: 250 },
      { source: "src:TRC-C1", target: "dst:TRC-C1", deals: 1, value: 0.5, amount: 50 },
      { source: "src:TRC-C2", target: "dst:TRC-C1", deals: 1, value: 0.5, amount: 0 },
      { source: "src:TRC-C2", target: "dst:TRC-C2", deals: 1, value: 0.5, amount: 0 },
    ]);
    expect(f.totalDeals).toBe(3); // 1.5 + 0.5 + 0.5 + 0.5
    expect(f.totalAmount).toBe(300);
    // one source only: its deals, split over their targets
    const c2 = await getFlows(testRequest(driver), {
      period: YEAR_2024,
      source: "CHAIN",
      target: "CHAIN",
      sourceId: "TRC-C2",
      nodesPerSide: 10,
    });
    expect(c2.links.map((l) => [l.source, l.target, l.value])).toEqual([
      ["src:TRC-C2", "dst:TRC-C1", 0.5],
      ["src:TRC-C2", "dst:TRC-C2", 0.5],
    ]);
    expect(c2.totalDeals).toBe(1);
  });

  it("flows: seller district → buyer district; an empty period gives an empty diagram", async () => {
    const f = await getFlows(testRequest(driver), {
      period: YEAR_2024,
      source: "DISTRICT",
      target: "DISTRICT",
      sourceId: null,
      nodesPerSide: 10,
    });
    // U1 is in D1: D1→D2 (DL1, DL4), D1→DX (DL2); the same district may appear on both sides
    expect(f.links.map((l) => [l.source, l.target, l.deals])).toEqual([
      ["src:TRC-D1", "dst:TRC-D2", 2],
      ["src:TRC-D1", "dst:TRC-DX", 1],
    ]);
    const none = await getFlows(testRequest(driver), {
      period: { from: "2020-01-01", to: "2020-12-31" },
      source: "INSTITUTION",
      target: "DISTRICT",
      sourceId: null,
      nodesPerSide: 10,
    });
    expect(none).toMatchObject({ nodes: [], links: [], totalDeals: 0, totalAmount: 0 });
  });
});
