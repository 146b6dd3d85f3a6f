/**
 * Matching on a small hand-built graph (ids prefixed MAT-), through the full GraphQL schema so
 * that the SDL and the resolvers are checked together. Resets the database.
 */
import { graphql, type GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../../graph-api/src/auth/roles.js";
import { AnalyticsService } from "../../graph-api/src/graph/analytics/analytics-service.js";
import { runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import type { AnalyticsRequest } from "../../graph-api/src/graph/common/analytics-request.js";
import { matchResults } from "../../graph-api/src/graph/matching/match-results.js";
import { recommendBrokers } from "../../graph-api/src/graph/matching/recommend-brokers.js";
import { buildSchema } from "../../graph-api/src/schema/build-schema.js";
import { recordingDriver } from "../helpers/recording-driver.js";
import { createGraph, prefixedBuilders, type FixtureNode, type FixtureRel } from "../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../helpers/neo4j.js";
import { testConfig } from "../helpers/test-config.js";

const { n, r } = prefixedBuilders("MAT");
const result = (id: string, name: string, summary: string, trl: number | null, status: string) =>
  n("Result", id, { name, summary, kind: "INVENTION_PATENT", year: 2024, status, ...(trl === null ? {} : { trl }) });
const deal = (id: string) => n("Deal", id, { kind: "TRANSFER", signedOn: "2024-04-01" });

const nodes: FixtureNode[] = [
  n("IndustryChain", "C1", { name: "新能源汽车" }),
  n("IndustryChain", "C2", { name: "新材料" }),
  n("IndustryChain", "C3", { name: "医疗器械" }),
  n("District", "D1", { name: "锦江区", city: "成都市", inChengdu: true, kind: "DISTRICT" }),
  n("District", "D2", { name: "渝中区", city: "重庆市", inChengdu: false, kind: "OUTSIDE" }),
  n("Institution", "U1", { kind: "UNIVERSITY" }),
  n("Institution", "U2", { kind: "UNIVERSITY" }),
  n("Institution", "U3", { kind: "UNIVERSITY" }),
  n("Lab", "L1", { level: "NATIONAL" }),
  n("Enterprise", "E1"),
  n("Enterprise", "E2"),
  n("Enterprise", "E3"),
  n("Agency", "A1", { kind: "MARKET", level: "NATIONAL" }),
  // Lucene special characters ( ) : ! in the description must be escaped.
  n("Demand", "M1", {
    name: "锂电池快充技术需求",
    description: "寻求 动力电池 快速充电 (Fast-charge) 技术: 提升能量密度!",
    postedOn: "2024-03-01",
    status: "OPEN",
  }),
  n("Demand", "M2", { name: "其他需求", postedOn: "2024-01-01", status: "MATCHED" }),
  result("R1", "锂电池快充技术", "动力电池快速充电方案", 7, "AVAILABLE"),
  result("R2", "固态电解质", "新型固体电解质", 9, "AVAILABLE"),
  result("R3", "医用影像算法", "影像分析", 5, "AVAILABLE"),
  result("R4", "快充桩控制软件", "充电桩 快速充电", null, "NEGOTIATING"),
  result("R5", "退役电芯回收工艺", "回收", 3, "TRANSFERRED"),
  // The same text and features as R2, from a developer without deals.
  result("R6", "固态电解质", "新型固体电解质", 9, "AVAILABLE"),
  n("Broker", "B1", { name: "王经纪", titleLevel: "SENIOR", phone: "13800000000", email: "wang@example.com" }),
  n("Broker", "B2", { name: "李经纪", titleLevel: "JUNIOR" }),
  n("Broker", "B3", { name: "张经纪", titleLevel: "INTERMEDIATE" }),
  n("Broker", "B4", { name: "赵经纪", titleLevel: "SENIOR" }),
  ...["X1", "X2", "X3", "X4", "X5"].map(deal),
];
const rels: FixtureRel[] = [
  r("U1", "LOCATED_IN", "D1"),
  r("E1", "LOCATED_IN", "D1"),
  r("U2", "LOCATED_IN", "D2"),
  r("U3", "LOCATED_IN", "D2"),
  r("E2", "LOCATED_IN", "D2"),
  r("E3", "LOCATED_IN", "D2"),
  r("L1", "PART_OF", "U1"),
  r("E1", "POSTED", "M1"),
  r("M1", "NEEDS", "C1"),
  r("M1", "NEEDS", "C2"),
  r("M2", "NEEDS", "C1"),
  r("L1", "DEVELOPED", "R1"),
  r("U2", "DEVELOPED", "R2"),
  r("U1", "DEVELOPED", "R3"),
  r("E2", "DEVELOPED", "R4"),
  r("U1", "DEVELOPED", "R5"),
  r("R1", "APPLIES_TO", "C1"),
  r("R1", "APPLIES_TO", "C2"),
  r("R2", "APPLIES_TO", "C2"),
  r("U3", "DEVELOPED", "R6"),
  r("R6", "APPLIES_TO", "C2"),
  r("R3", "APPLIES_TO", "C3"),
  r("R5", "APPLIES_TO", "C1"),
  r("R5", "APPLIES_TO", "C2"),
  r("B1", "EMPLOYED_BY", "A1"),
  r("B1", "SPECIALIZES_IN", "C1"),
  r("B1", "SPECIALIZES_IN", "C2"),
  r("B2", "SPECIALIZES_IN", "C1"),
  r("B4", "SPECIALIZES_IN", "C3"),
  // X1 R5 → E1 (Chengdu) · X2 answers M2 (C1) → E3 (outside) · X3 R3 (C3) → E1 · X4 R1 → E1 · X5 R2 → E1
  r("X1", "TRANSFERS", "R5"),
  r("X1", "BUYER", "E1"),
  r("X2", "ANSWERS", "M2"),
  r("X2", "BUYER", "E3"),
  r("X3", "TRANSFERS", "R3"),
  r("X3", "BUYER", "E1"),
  r("X4", "TRANSFERS", "R1"),
  r("X4", "BUYER", "E1"),
  r("X5", "TRANSFERS", "R2"),
  r("X5", "BUYER", "E1"),
  // Sellers: the developers' records (L1 sold X4 of R1, U1 X1 of R5, U2 X5 of R2; U3 nothing). U1
  // also sold X3 (R3, chain C3): not in M1's chains, so not in its record there.
  r("X4", "SELLER", "L1"),
  r("X1", "SELLER", "U1"),
  r("X3", "SELLER", "U1"),
  r("X5", "SELLER", "U2"),
  r("B1", "BROKERED", "X1", { role: "LEAD" }),
  r("B1", "BROKERED", "X2", { role: "LEAD" }),
  r("B1", "BROKERED", "X3", { role: "LEAD" }),
  r("B3", "BROKERED", "X1", { role: "SUPPORT" }),
  r("B3", "BROKERED", "X4", { role: "LEAD" }),
  r("B3", "BROKERED", "X5", { role: "LEAD" }),
];

let driver: Driver;
let schema: GraphQLSchema;
const run = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await graphql({
    schema,
    source: query,
    variableValues: variables,
    contextValue: { auth: ANONYMOUS, request: testRequest(driver) },
  });
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, unknown>;
};
const byName = (breakdown: { name: string; value: number }[]) =>
  Object.fromEntries(breakdown.map((c) => [c.name, c.value]));

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(driver, nodes, rels);
  schema = await buildSchema({ driver, config: testConfig() });
});

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe("matchResults", () => {
  it("ranks results by chain overlap, full-text relevance, TRL, availability and seller location", async () => {
    const data = await run(
      `query($id: ID!) { matchResults(demandId: $id) { demand { id chains { id } } items { rank result { id } score developer { id } breakdown { name value weight contribution detail } } } }`,
      { id: "MAT-M1" },
    );
    const m = data.matchResults as {
      demand: { chains: { id: string }[] };
      items: {
        rank: number;
        result: { id: string };
        score: number;
        breakdown: { name: string; value: number; detail: string }[];
      }[];
    };
    expect(m.demand.chains.map((c) => c.id)).toEqual(["MAT-C1", "MAT-C2"]);
    // R1: chains 2/2 (.30) + best text hit 1 (.25) + TRL 7/9 (.15·7/9) + AVAILABLE (.10) + lab's institution in Chengdu (.10)
    //     + developer L1 sold 1 deal in the chains (.10·1/4) = .8917
    // R5: 2/2 (.30) + no text hit (0) + 3/9 (.05) + TRANSFERRED (0) + Chengdu (.10) + U1 1 deal (.025) = .475
    // R2: 1/2 (.15) + no text hit + 9/9 (.15) + AVAILABLE (.10) + outside (0) + U2 1 deal (.025) = .425
    // R6: R2's text and features from U3 without deals = .40 — different evidence, different score
    // R4: 0 chains, text only: 0 + .25·t (0 < t < 1) + TRL unknown 0 + NEGOTIATING (.05) + outside + no deals = .05 + .25t < .30
    // R3 (other chain, no text hit) is no candidate.
    expect(m.items.map((i) => i.result.id)).toEqual(["MAT-R1", "MAT-R5", "MAT-R2", "MAT-R6", "MAT-R4"]);
    expect(m.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(m.items[0]!.score).toBeCloseTo(0.3 + 0.25 + (0.15 * 7) / 9 + 0.1 + 0.1 + 0.025, 10);
    expect(m.items[1]!.score).toBeCloseTo(0.475, 10);
    expect(m.items[2]!.score).toBeCloseTo(0.425, 10);
    expect(m.items[3]!.score).toBeCloseTo(0.4, 10);
    expect(byName(m.items[0]!.breakdown)).toEqual({
      chainOverlap: 1,
      textRelevance: 1,
      trl: 7 / 9,
      availability: 1,
      sellerInChengdu: 1,
      developerRecord: 0.25,
    });
    expect(m.items[2]!.breakdown.find((c) => c.name === "developerRecord")?.detail).toBe(
      "developer sold 1 deal in the chains",
    );
    const r4 = byName(m.items[4]!.breakdown);
    expect(r4.textRelevance).toBeGreaterThan(0); // the full-text hit brought it in
    expect(r4.textRelevance).toBeLessThan(1);
    expect(m.items[4]!.score).toBeCloseTo(0.05 + 0.25 * r4.textRelevance!, 10);
    expect(m.items[2]!.breakdown.find((c) => c.name === "textRelevance")?.detail).toBe("no full-text hit");
  });

  it("is null for an unknown demand and bounded by limit", async () => {
    expect((await run(`{ matchResults(demandId: "MAT-NONE") { items { rank } } }`)).matchResults).toBeNull();
    const one = await run(`{ matchResults(demandId: "MAT-M1", limit: 1) { items { rank } } }`);
    expect((one.matchResults as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe("recommendBrokers", () => {
  it("ranks brokers by specialty, track record, Chengdu deals and title, without contact data", async () => {
    const data = await run(
      `{ recommendBrokers(demandId: "MAT-M1") { items { rank broker { id } name titleLevel employer { id name } score breakdown { name value } } } }`,
    );
    const items = (
      data.recommendBrokers as {
        items: {
          broker: { id: string };
          score: number;
          employer: { id: string } | null;
          breakdown: { name: string; value: number }[];
        }[];
      }
    ).items;
    // B1: specialties 2/2 (.35) + chain deals X1, X2 → 2/(2+3) (.30·.4) + Chengdu deals X1, X3 → 2/(2+5) (.20·2/7) + SENIOR (.15) = .6771
    // B3: 0 specialties + chain deals X1, X4, X5 → 3/6 (.15) + Chengdu X1, X4, X5 → 3/8 (.075) + INTERMEDIATE (.15·2/3 = .10) = .325
    // B2: 1/2 (.175) + no deals + JUNIOR (.15/3 = .05) = .225.   B4 (other chain, no deals) is no candidate.
    expect(items.map((i) => i.broker.id)).toEqual(["MAT-B1", "MAT-B3", "MAT-B2"]);
    expect(items[0]!.score).toBeCloseTo(0.35 + 0.3 * 0.4 + (0.2 * 2) / 7 + 0.15, 10);
    expect(items[1]!.score).toBeCloseTo(0.15 + 0.075 + 0.1, 10);
    expect(items[2]!.score).toBeCloseTo(0.225, 10);
    expect(byName(items[0]!.breakdown)).toEqual({ specialty: 1, trackRecord: 0.4, chengduDeals: 2 / 7, title: 1 });
    expect(items[0]!.employer?.id).toBe("MAT-A1");
    expect(JSON.stringify(data)).not.toMatch(/13800000000|wang@example/);
  });

  it("gives each broker reasons in words that name the chains, the figures and their source", async () => {
    const data = await run(
      `{ recommendBrokers(demandId: "MAT-M1") { items { broker { id } reasons { kind chain { id name } source zh en } } } }`,
    );
    type R = { kind: string; chain: { id: string; name: string } | null; source: string; zh: string; en: string };
    const items = (data.recommendBrokers as { items: { broker: { id: string }; reasons: R[] }[] }).items;
    // B1: specialises in both chains, 2 deals in them, 2 landed in Chengdu, SENIOR.
    expect(items[0]!.reasons).toEqual([
      {
        kind: "specialty",
        chain: { id: "MAT-C1", name: "新能源汽车" },
        source: "specialty",
        zh: "专长覆盖需求产业链 新能源汽车、新材料（2/2 条）",
        en: "Specialises in the demand's chains 新能源汽车, 新材料 (2 of 2)",
      },
      {
        kind: "trackRecord",
        chain: null,
        source: "deals",
        zh: "在需求产业链 新能源汽车、新材料 经纪 2 笔交易",
        en: "Brokered 2 deals in the demand's chains 新能源汽车, 新材料",
      },
      {
        kind: "chengduDeals",
        chain: null,
        source: "deals",
        zh: "2 笔经纪交易的买方在成都",
        en: "2 brokered deals with a buyer in Chengdu",
      },
      { kind: "title", chain: null, source: "title", zh: "职称：高级", en: "Title: senior" },
    ]);
    // B3 has no specialty: its first reason is its track record.
    expect(items[1]!.reasons.map((r) => r.kind)).toEqual(["trackRecord", "chengduDeals", "title"]);
    for (const i of items)
      for (const r of i.reasons)
        expect(`${r.zh} ${r.en}`).not.toMatch(/specialty|trackRecord|chengduDeals|titleLevel|[a-z][A-Z]\w*:/);
  });

  it("finds the best broker beyond the first batches of finalists whose Chengdu deals are counted", async () => {
    // 151 specialists of one chain with equal scores before Chengdu deals. The first 40 by id each
    // brokered a deal with no buyer: their upper bound (a deal that could have landed in Chengdu)
    // puts them first, two batches of 20 that settle nothing. The last by id brokered the one deal
    // landed in Chengdu, with the same bound: it comes in the third batch.
    const ids = Array.from({ length: 151 }, (_, i) => `S${String(i).padStart(3, "0")}`);
    const decoys = ids.slice(0, 40);
    await createGraph(
      driver,
      [
        n("IndustryChain", "C9", { name: "航空航天" }),
        n("Demand", "M9", { name: "航电需求", postedOn: "2024-05-01", status: "OPEN" }),
        ...ids.map((id) => n("Broker", id, { name: id, titleLevel: "JUNIOR" })),
        deal("X9"),
        ...decoys.map((id) => deal(`Y${id}`)),
      ],
      [
        r("M9", "NEEDS", "C9"),
        ...ids.map((id) => r(id, "SPECIALIZES_IN", "C9")),
        ...decoys.map((id) => r(id, "BROKERED", `Y${id}`, { role: "LEAD" })),
        r("S150", "BROKERED", "X9", { role: "LEAD" }),
        r("X9", "BUYER", "E1"),
      ],
    );
    const data = await run(`{ recommendBrokers(demandId: "MAT-M9", limit: 3) { items { broker { id } score } } }`);
    const items = (data.recommendBrokers as { items: { broker: { id: string }; score: number }[] }).items;
    expect(items.map((i) => i.broker.id)).toEqual(["MAT-S150", "MAT-S000", "MAT-S001"]);
    expect(items[0]!.score).toBeCloseTo(0.35 + (0.2 * 1) / 6 + 0.15 / 3, 10);
  });
});

describe("from the lists the analytics run stores", () => {
  // Demand M8 (chain C8): 120 results alike but for their ids, more than a stored list holds
  // (MATCH_HEAD). Only the last by id matches the demand's text, so it is outside the stored head
  // and must still come first — with its developer's record (U9 sold RZ005, a result of C8), read
  // from the sellers' sales the run stored.
  const alike = Array.from({ length: 120 }, (_, i) => `RZ${String(i).padStart(3, "0")}`);
  // Demands M7 (chain C7) and M6 (C7 and C6): 700 results of varied TRL, status and developer,
  // more than the run scores before its bound may stop a chain's walk.
  const varied = Array.from({ length: 700 }, (_, i) => `RV${String(i).padStart(3, "0")}`);
  const statuses = ["AVAILABLE", "NEGOTIATING", "TRANSFERRED"];
  const demands = ["MAT-M1", "MAT-M2", "MAT-M6", "MAT-M7", "MAT-M8", "MAT-M9"];
  const limits = [1, 2, 3, 20, 100];
  let storedCtx: AnalyticsRequest;
  let recorded: ReturnType<typeof recordingDriver>;
  /** The first Cypher line of the live rankings (both start with a CALL subquery). */
  const liveRanking = "CALL {";

  beforeAll(async () => {
    await createGraph(
      driver,
      [
        n("IndustryChain", "C8", { name: "轨道交通" }),
        n("Institution", "U9", { kind: "UNIVERSITY" }),
        n("IndustryChain", "C7", { name: "航空装备" }),
        n("IndustryChain", "C6", { name: "航空材料" }),
        n("Demand", "M7", { name: "机载设备", postedOn: "2024-06-01", status: "OPEN" }),
        n("Demand", "M6", { name: "轨交与航空", postedOn: "2024-06-01", status: "OPEN" }),
        ...varied.map((id, i) =>
          i % 11 === 0
            ? n("Result", id, {
                name: `成果${i}`,
                summary: "工艺",
                kind: "INVENTION_PATENT",
                year: 2024,
                status: statuses[i % 3],
              })
            : result(id, `成果${i}`, "工艺", (i % 9) + 1, statuses[i % 3]!),
        ),
        deal("XZ"),
        n("Demand", "M8", { name: "稀土永磁牵引电机", postedOn: "2024-06-01", status: "OPEN" }),
        ...alike.map((id, i) =>
          i === alike.length - 1
            ? result(id, "稀土永磁牵引电机", "永磁同步牵引", 5, "AVAILABLE")
            : result(id, "转向架部件", "焊接工艺", 5, "AVAILABLE"),
        ),
      ],
      [
        r("M7", "NEEDS", "C7"),
        r("M6", "NEEDS", "C7"),
        r("M6", "NEEDS", "C6"),
        ...varied.map((id) => r(id, "APPLIES_TO", "C7")),
        ...varied.filter((_, i) => i % 5 === 0).map((id) => r(id, "APPLIES_TO", "C6")),
        ...varied.filter((_, i) => i % 3 === 0).map((id, k) => r(["U1", "U2", "U9", "E2"][k % 4]!, "DEVELOPED", id)),
        r("M8", "NEEDS", "C8"),
        ...alike.map((id) => r(id, "APPLIES_TO", "C8")),
        r("U9", "DEVELOPED", "RZ119"),
        r("U9", "DEVELOPED", "RZ005"),
        r("XZ", "TRANSFERS", "RZ005"),
        r("XZ", "SELLER", "U9"),
      ],
    );
    expect((await runAnalytics(driver, { force: true })).status).toBe("done");
    recorded = recordingDriver(driver);
    storedCtx = { ...testRequest(recorded.driver), analytics: new AnalyticsService(driver, testConfig()) };
  });

  it("gives the live answer for every demand and limit, without the live rankings' walks", async () => {
    for (const id of demands) {
      for (const limit of limits) {
        const live = await matchResults(testRequest(driver), id, limit);
        recorded.opened.length = 0;
        const fromList = await matchResults(storedCtx, id, limit, storedCtx);
        expect(recorded.opened.map((o) => o.cypher)).not.toContain(liveRanking);
        expect(fromList, `matchResults ${id} limit ${limit}`).toEqual(live);

        const liveBrokers = await recommendBrokers(testRequest(driver), id, limit);
        recorded.opened.length = 0;
        const storedBrokers = await recommendBrokers(storedCtx, id, limit, storedCtx);
        expect(recorded.opened.map((o) => o.cypher)).not.toContain(liveRanking);
        expect(storedBrokers, `recommendBrokers ${id} limit ${limit}`).toEqual(liveBrokers);
      }
    }
  });

  it("brings in a full-text hit beyond the stored head of its chains", async () => {
    const m = await matchResults(storedCtx, "MAT-M8", 3, storedCtx);
    // RZ005 shares U9's record; the others tie and go by id.
    expect(m?.items.map((i) => i.result.id)).toEqual(["MAT-RZ119", "MAT-RZ005", "MAT-RZ000"]);
    expect(byName(m!.items[0]!.breakdown).developerRecord).toBe(0.25);
    const b = await recommendBrokers(storedCtx, "MAT-M9", 3, storedCtx);
    expect(b?.items.map((i) => i.broker.id)).toEqual(["MAT-S150", "MAT-S000", "MAT-S001"]);
  });
});
