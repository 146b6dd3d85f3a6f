/**
 * Partner gaps, member gaps and partner suggestions on a small hand-built graph (ids prefixed
 * GAP-). Resets the database: the analyses span every chain, alliance and deal.
 */
import { graphql } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../../graph-api/src/auth/roles.js";
import { loadCypher } from "../../graph-api/src/db/cypher.js";
import { partnerGaps } from "../../graph-api/src/graph/gaps/chain-gaps.js";
import { memberGaps } from "../../graph-api/src/graph/gaps/member-gaps.js";
import { suggestPartners } from "../../graph-api/src/graph/gaps/suggest-partners.js";
import { AnalyticsService } from "../../graph-api/src/graph/analytics/analytics-service.js";
import { runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { storedList } from "../../graph-api/src/graph/analytics/stored-lists.js";
import { gapsResolvers } from "../../graph-api/src/resolvers/gaps.js";
import { buildSchema } from "../../graph-api/src/schema/build-schema.js";
import { createGraph, prefixedBuilders, type FixtureNode, type FixtureRel } from "../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../helpers/neo4j.js";
import { testConfig } from "../helpers/test-config.js";

const { n, r } = prefixedBuilders("GAP");
const result = (id: string, status: string) => n("Result", id, { kind: "SOFTWARE", year: 2023, status });
const demand = (id: string, status: string) => n("Demand", id, { postedOn: "2024-01-01", status });
const agency = (id: string) => n("Agency", id, { kind: "MARKET", level: "MUNICIPAL_FILED" });
const deal = (id: string, signedOn: string) => n("Deal", id, { kind: "TRANSFER", signedOn });

const nodes: FixtureNode[] = [
  n("IndustryChain", "C1", { name: "新能源汽车" }),
  n("IndustryChain", "C2", { name: "生物医药" }),
  n("IndustryChain", "C3", { name: "人工智能" }),
  n("Alliance", "AL", { kind: "ALLIANCE" }),
  n("Alliance", "AS", { kind: "ASSOCIATION" }),
  n("District", "D1", { name: "锦江区", city: "成都市", inChengdu: true, kind: "DISTRICT" }),
  n("District", "D2", { name: "高新区", city: "成都市", inChengdu: true, kind: "FUNCTIONAL_ZONE" }),
  n("District", "D3", { name: "渝中区", city: "重庆市", inChengdu: false, kind: "OUTSIDE" }),
  n("Institution", "U1", { kind: "UNIVERSITY" }),
  n("Institution", "U2", { kind: "UNIVERSITY" }),
  n("Lab", "L1", { level: "NATIONAL" }),
  n("Enterprise", "E1"),
  n("Enterprise", "E2"),
  n("Enterprise", "E3"),
  agency("A1"),
  agency("A2"),
  agency("A3"),
  agency("A4"),
  ...["K1", "K2", "K3", "K4"].map((k) => n("Broker", k, { titleLevel: "JUNIOR" })),
  result("R1", "AVAILABLE"),
  result("R2", "TRANSFERRED"),
  result("R3", "AVAILABLE"),
  result("R4", "TRANSFERRED"),
  result("R5", "TRANSFERRED"),
  result("R6", "TRANSFERRED"),
  result("R7", "AVAILABLE"),
  result("R8", "TRANSFERRED"),
  demand("M1", "OPEN"),
  demand("M2", "CLOSED"),
  demand("M3", "MATCHED"),
  deal("T1", "2024-03-01"),
  deal("T2", "2024-05-01"),
  deal("T3", "2023-01-01"),
  deal("T4", "2024-06-01"),
  deal("T5", "2022-06-01"),
];
const rels: FixtureRel[] = [
  r("U1", "LOCATED_IN", "D1"),
  r("E1", "LOCATED_IN", "D1"),
  r("E2", "LOCATED_IN", "D1"),
  r("A1", "LOCATED_IN", "D1"),
  r("A3", "LOCATED_IN", "D2"),
  r("U2", "LOCATED_IN", "D3"),
  r("A2", "LOCATED_IN", "D3"),
  r("E3", "LOCATED_IN", "D3"),
  r("L1", "PART_OF", "U1"),
  // Alliance AL: A1, A2, U1, E1. Association AS: A3.
  r("A1", "MEMBER_OF", "AL"),
  r("A2", "MEMBER_OF", "AL"),
  r("U1", "MEMBER_OF", "AL"),
  r("E1", "MEMBER_OF", "AL"),
  r("A3", "MEMBER_OF", "AS"),
  r("A1", "COVERS", "C1"),
  r("A3", "COVERS", "C1"),
  r("A2", "COVERS", "C2"),
  r("K1", "SPECIALIZES_IN", "C1"),
  r("K2", "SPECIALIZES_IN", "C2"),
  r("K3", "SPECIALIZES_IN", "C2"),
  r("K4", "SPECIALIZES_IN", "C2"),
  r("K2", "EMPLOYED_BY", "A2"),
  r("E1", "IN_CHAIN", "C1"),
  r("E2", "IN_CHAIN", "C2"),
  r("L1", "DEVELOPED", "R1"),
  r("L1", "DEVELOPED", "R2"),
  r("U1", "DEVELOPED", "R3"),
  r("U1", "DEVELOPED", "R4"),
  r("U1", "DEVELOPED", "R5"),
  r("U2", "DEVELOPED", "R6"),
  r("U2", "DEVELOPED", "R7"),
  r("R1", "APPLIES_TO", "C1"),
  r("R2", "APPLIES_TO", "C1"),
  r("R3", "APPLIES_TO", "C2"),
  r("R4", "APPLIES_TO", "C2"),
  r("R5", "APPLIES_TO", "C3"),
  r("R6", "APPLIES_TO", "C1"),
  r("R7", "APPLIES_TO", "C1"),
  r("E1", "POSTED", "M1"),
  r("E1", "POSTED", "M2"),
  r("E2", "POSTED", "M3"),
  r("M1", "NEEDS", "C1"),
  r("M2", "NEEDS", "C1"),
  r("M3", "NEEDS", "C2"),
  // T1 L1→E1 served by A1 (C1) · T2 U1→E2 brokered by K2 of A2, answers M3 (C2) · T3 U1→E1 (C3, 2023) · T4 U2→E3 served by A2 (C1)
  r("T1", "SELLER", "L1"),
  r("T1", "BUYER", "E1"),
  r("A1", "SERVED", "T1"),
  r("T1", "TRANSFERS", "R2"),
  r("T2", "SELLER", "U1"),
  r("T2", "BUYER", "E2"),
  r("K2", "BROKERED", "T2", { role: "LEAD" }),
  r("T2", "TRANSFERS", "R4"),
  r("T2", "ANSWERS", "M3"),
  r("T3", "SELLER", "U1"),
  r("T3", "BUYER", "E1"),
  r("T3", "TRANSFERS", "R5"),
  r("T4", "SELLER", "U2"),
  r("T4", "BUYER", "E3"),
  r("A2", "SERVED", "T4"),
  r("T4", "TRANSFERS", "R6"),
  // T5 (2022) U2→E3 served by A4 (in no alliance, COVERS C3, outside Chengdu): R8 applies to C3,
  // the chain of E1's uncovered deal T3 — U2 and A4 are active in E1's gap chain.
  r("A4", "LOCATED_IN", "D3"),
  r("A4", "COVERS", "C3"),
  r("U2", "DEVELOPED", "R8"),
  r("R8", "APPLIES_TO", "C3"),
  r("T5", "SELLER", "U2"),
  r("T5", "BUYER", "E3"),
  r("A4", "SERVED", "T5"),
  r("T5", "TRANSFERS", "R8"),
];

let driver: Driver;
/** Reads the stored analytics (the tests run them; no run starts in the background). */
const stored = () => ({ ...testRequest(driver), analytics: new AnalyticsService(driver, testConfig()) });

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(driver, nodes, rels);
});

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe("partner gaps per chain", () => {
  it("counts supply, demand and intermediaries and flags gaps", async () => {
    const rows = await partnerGaps(testRequest(driver), {
      allianceId: null,
      minIntermediaries: 3,
      onlyGaps: false,
      limit: 100,
    });
    expect(rows.map((x) => x.chainId)).toEqual(["GAP-C1", "GAP-C2", "GAP-C3"]);
    // C1: AVAILABLE R1, R7 → 2; lab L1 → 1; OPEN M1 → 1 (M2 closed); E1 → 1; agencies of AL covering: A1 → 1
    // (A3 is only in the association); K1 → 1. Intermediaries 2 < 3 → gap; pressure (2 + 1) / 2 = 1.5.
    expect(rows[0]).toMatchObject({
      availableResults: 2,
      labs: 1,
      openDemands: 1,
      enterprises: 1,
      memberAgencies: 1,
      brokers: 1,
      intermediaries: 2,
      gap: true,
      pressure: 1.5,
    });
    // C2: R3 → 1, no lab, M3 matched → 0, E2 → 1, A2 → 1, K2–K4 → 3: 4 intermediaries → no gap; pressure 1/4.
    expect(rows[1]).toMatchObject({
      availableResults: 1,
      labs: 0,
      openDemands: 0,
      enterprises: 1,
      memberAgencies: 1,
      brokers: 3,
      intermediaries: 4,
      gap: false,
      pressure: 0.25,
    });
    // C3: only a transferred result: neither supply nor demand → never a gap.
    expect(rows[2]).toMatchObject({
      availableResults: 0,
      labs: 0,
      openDemands: 0,
      enterprises: 0,
      intermediaries: 0,
      gap: false,
      pressure: 0,
    });
  });

  it("takes the threshold and the alliance as arguments", async () => {
    const five = await partnerGaps(testRequest(driver), {
      allianceId: null,
      minIntermediaries: 5,
      onlyGaps: true,
      limit: 100,
    });
    expect(five.map((x) => x.chainId)).toEqual(["GAP-C1", "GAP-C2"]); // 2 < 5 and 4 < 5; C3 has nothing
    const assoc = await partnerGaps(testRequest(driver), {
      allianceId: "GAP-AS",
      minIntermediaries: 3,
      onlyGaps: false,
      limit: 100,
    });
    const byId = Object.fromEntries(assoc.map((x) => [x.chainId, x.memberAgencies]));
    expect(byId).toEqual({ "GAP-C1": 1, "GAP-C2": 0, "GAP-C3": 0 }); // A3 covers C1
  });
});

describe("member gaps", () => {
  it("lists chains handled without a partner member covering them, in a period", async () => {
    // 2024: A2 handled T2 (C2, through its broker K2) and T4 (C1, served). Its only partner member is
    // U1 (T2; E2 and E3 are not members), which covers nothing; A2 covers C2 → C1 uncovered.
    // U1 (T2 C2; T1 C1 through its lab) has partners E1, A1 (T1/T3) and A2 covering C1, C2; E1, A1 covered by A1.
    const g2024 = await memberGaps(testRequest(driver), {
      allianceId: null,
      from: "2024-01-01",
      to: "2024-12-31",
      limit: 50,
    });
    expect(g2024).toEqual([
      {
        memberId: "GAP-A2",
        memberName: "GAP-A2",
        memberType: "Agency",
        allianceId: "GAP-AL",
        handledChains: 2,
        partners: 1,
        uncoveredChains: [{ chainId: "GAP-C1", chainName: "新能源汽车", deals: 1 }],
      },
    ]);
    // All dates: T3 (2023, C3) adds C3 for U1 and E1, covered by nobody.
    const all = await memberGaps(testRequest(driver), { allianceId: null, from: null, to: null, limit: 50 });
    expect(all.map((g) => [g.memberId, g.uncoveredChains.map((c) => c.chainId)])).toEqual([
      ["GAP-A2", ["GAP-C1"]],
      ["GAP-E1", ["GAP-C3"]],
      ["GAP-U1", ["GAP-C3"]],
    ]);
    expect(all.find((g) => g.memberId === "GAP-U1")?.partners).toBe(3); // E1, A1, A2
  });
});

describe("stored by the analytics run", () => {
  it("answers partner gaps and member gaps exactly as the live queries do, for every alliance and stored period", async () => {
    const run = await runAnalytics(driver);
    expect(run.status, `lock holder: ${JSON.stringify(run.holder)}`).toBe("done");
    for (const allianceId of [null, "GAP-AL", "GAP-AS", "GAP-NONE"]) {
      const args = { allianceId, minIntermediaries: null, onlyGaps: false, limit: 100 };
      expect(await partnerGaps(testRequest(driver), args, { stored: stored() })).toEqual(
        await partnerGaps(testRequest(driver), args),
      );
      for (const period of [
        { from: null, to: null },
        { from: "2024-01-01", to: "2024-12-31" },
        { from: "2023-01-01", to: "2023-12-31" },
      ]) {
        // Limits below the list's length read only its head (storedListHead).
        for (const limit of [1, 2, 50]) {
          const a = { ...period, allianceId, limit };
          const live = await memberGaps(testRequest(driver), a);
          expect(await memberGaps(testRequest(driver), a, { stored: stored() }), `${allianceId} ${limit}`).toEqual(
            live,
          );
        }
      }
    }
    // The answers above came from the stored lists: they exist for the current graph version.
    const all = { from: null, to: null };
    for (const name of ["memberGaps|*", "memberGaps|GAP-AL", "chainGaps|*", "chainGaps|GAP-AL", "chainGaps|GAP-AS"]) {
      expect(await storedList(stored(), all, name), name).not.toBeNull();
    }
    expect(await storedList(stored(), { from: "2024-01-01", to: "2024-12-31" }, "memberGaps|*")).not.toBeNull();
  });
});

describe("partner suggestions", () => {
  beforeAll(async () => {
    // Candidates come from the stored analytics (chain lists, all-dates ties).
    const run = await runAnalytics(driver);
    expect(["done", "up-to-date"], `lock holder: ${JSON.stringify(run.holder)}`).toContain(run.status);
  });

  it("ranks first the partners in the member's own gap chains, with reasons in words and figures", async () => {
    const s = await suggestPartners(stored(), {
      orgId: "GAP-E1",
      membersOnly: false,
      limit: 10,
    });
    if (!s) throw new Error("GAP-E1 is an organisation: suggestions expected, got null");
    // E1 (D1, chain C1, OPEN demand in C1) already works with L1, A1 (T1) and U1 (T3): not suggested.
    // Its own gap chain: C3 (T3, 1 deal; its partner members A1 and U1 do not cover C3).
    // U2: in C3 (R8) → gap 10 × (1 + 1)/2 = 10; its 1 deal there 1 × 1/3; complementary C1 (its
    //     AVAILABLE R7 vs E1's demand) 2 × 1/2 = 1; shared C1 1 × 1/3; outside Chengdu → 11.667
    // A4: in C3 (COVERS) → 10 and its 1 deal there 1/3; nothing else (it shares no chain with E1)
    // E2: common neighbour U1 1.5 × 1/4 = 0.375; same district D1 0.5 × 1 → 0.875
    // A3: shared C1 1/3; both in Chengdu 0.5 × 0.5 → 0.583
    // A2: common neighbour U1 → 0.375 (outside Chengdu)
    expect(s.map((x) => x.id)).toEqual(["GAP-U2", "GAP-A4", "GAP-E2", "GAP-A3", "GAP-A2"]);
    const scores = s.map((x) => x.score);
    [11 + 2 / 3, 10 + 1 / 3, 0.875, 1 / 3 + 0.25, 0.375].forEach((v, i) => expect(scores[i]).toBeCloseTo(v, 12));
    expect(s.map((x) => x.gapChains.map((c) => c.name))).toEqual([["人工智能"], ["人工智能"], [], [], []]);
    const u2 = s[0]!;
    expect(u2.breakdown.map((c) => [c.name, c.value, c.weight])).toEqual([
      ["gapCover", 1, 10],
      ["gapDeals", 1, 1],
      ["complementary", 1, 2],
      ["sharedChains", 1, 1],
      ["commonNeighbours", 0, 1.5],
      ["geography", 0, 0.5],
    ]);
    // Gap chains come first in the reasons, with E1's uncovered deals and U2's deals in the chain.
    expect(u2.explanations[0]).toEqual({
      kind: "gapCover",
      chain: { id: "GAP-C3", name: "人工智能", type: "IndustryChain" },
      source: "deals",
      zh: "覆盖你的缺口链 人工智能（你有 1 笔未覆盖交易；对方在该链办理 1 笔交易）",
      en: "Covers your gap chain 人工智能 (you have 1 uncovered deals; they handled 1 deals in it)",
    });
    expect(u2.reasons).toEqual([
      "覆盖你的缺口链 人工智能（你有 1 笔未覆盖交易；对方在该链办理 1 笔交易）",
      "供需互补：对方在 新能源汽车 有可转化成果，你方有开放需求",
      "共同产业链 1 条：新能源汽车",
    ]);
    expect(u2.whyNotHigher).toEqual([]);
    // Why not higher: A4 lacks what U2 has besides the gap chain.
    expect(s[1]!.whyNotHigher.map((w) => w.zh)).toEqual([
      "GAP-U2 与你供需互补的产业链 1 条，此方 0 条",
      "GAP-U2 与你共同产业链 1 条，此方 0 条",
    ]);
    expect(s[2]!.whyNotHigher.map((w) => w.en)).toEqual([
      "GAP-A4 covers 100% of your uncovered deals, this one 0%",
      "GAP-A4 handled 1 deals in your gap chains, this one 0",
    ]);
    expect(s[1]?.reasons[0]).toBe("覆盖你的缺口链 人工智能（你有 1 笔未覆盖交易；对方在该链办理 1 笔交易）");
    expect(s[2]?.commonNeighbours.map((x) => x.id)).toEqual(["GAP-U1"]);
    expect(s[2]?.reasons).toEqual(["共同合作伙伴 1 家：GAP-U1", "同在锦江区"]);
    expect(s.map((x) => x.allianceMember)).toEqual([false, false, false, false, true]);
    // No reason or why-not-higher line shows a field name.
    const fieldNames =
      /gapCover|gapDeals|sharedChains|complementary|commonNeighbours|geography|chainDeals|[a-z][A-Z]\w*:/;
    for (const x of s)
      for (const r of [...x.explanations, ...x.whyNotHigher]) {
        expect(r.zh).not.toMatch(fieldNames);
        expect(r.en).not.toMatch(fieldNames);
      }
    const members = await suggestPartners(stored(), {
      orgId: "GAP-E1",
      membersOnly: true,
      limit: 10,
    });
    expect(members?.map((x) => x.id)).toEqual(["GAP-A2"]);
  });

  it("says so when the id is no organisation, instead of suggesting nobody", async () => {
    for (const orgId of ["GAP-NOPE", "GAP-K1"]) {
      // GAP-K1 is a broker: it has an id, but no partners to suggest as an organisation has.
      expect(await suggestPartners(stored(), { orgId, membersOnly: false, limit: 10 })).toBeNull();
    }
    const schema = await buildSchema({ driver, config: testConfig() });
    const res = await graphql({
      schema,
      source: `{ suggestPartners(orgId: "GAP-K1") { partner { id } } }`,
      contextValue: { auth: { roles: ["alliance"] }, request: testRequest(driver, ["alliance"]) },
    });
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([
      [
        'orgId: "GAP-K1" is a Broker, not an organisation (Agency, Institution, Lab or Enterprise)',
        "BAD_USER_INPUT",
        "orgId",
      ],
    ]);
  });

  it("reads every partner exactly for organisations with more partners than the stored ties", async () => {
    // E1 shares deals with L1 and A1 (T1) and U1 (T3).
    const rows = await driver.executeQuery(loadCypher("gaps/list-partners"), { orgId: "GAP-E1" });
    expect(rows.records.map((x) => x.get("id")).sort()).toEqual(["GAP-A1", "GAP-L1", "GAP-U1"]);
  });
});

describe("access", () => {
  it("requires role alliance", async () => {
    const Query = gapsResolvers({ driver, config: testConfig() }).Query as Record<
      string,
      (p: unknown, a: unknown, c: unknown) => unknown
    >;
    expect(() => Query.partnerGaps!(null, {}, { auth: ANONYMOUS })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }),
    );
    expect(() => Query.suggestPartners!(null, { orgId: "GAP-E1" }, { auth: ANONYMOUS })).toThrow();
    expect(() => Query.memberGaps!(null, {}, { auth: ANONYMOUS })).toThrow();
    const rows = (await Query.partnerGaps!(
      null,
      { onlyGaps: true },
      { auth: { roles: ["alliance"] }, request: testRequest(driver, ["alliance"]) },
    )) as unknown[];
    expect(rows).toHaveLength(1);
  });
});

describe("through GraphQL", () => {
  it("answers an unknown alliance with BAD_USER_INPUT, not with an alliance that has no members", async () => {
    const schema = await buildSchema({ driver, config: testConfig() });
    const ask = (field: string, allianceId: string) =>
      graphql({
        schema,
        source: `query ($a: ID) { ${field} }`,
        variableValues: { a: allianceId },
        contextValue: { auth: { roles: ["alliance"] }, request: testRequest(driver, ["alliance"]) },
      });
    const partner = "partnerGaps(allianceId: $a) { chainId memberAgencies }";
    const member = "memberGaps(allianceId: $a) { memberId }";
    const known = await ask(partner, "GAP-AS");
    expect(known.errors).toBeUndefined();
    expect(known.data?.partnerGaps).toContainEqual({ chainId: "GAP-C1", memberAgencies: 1 });
    expect((await ask(member, "GAP-AL")).errors).toBeUndefined();
    // Before: every chain a gap (0 member agencies) and no member gaps, as if the alliance had no members.
    for (const field of [partner, member]) {
      for (const [id, message] of [
        ["GAP-NOPE", 'allianceId: no Alliance has id "GAP-NOPE"'],
        ["GAP-A1", 'allianceId: "GAP-A1" is an Agency, not an Alliance'],
      ]) {
        const wrong = await ask(field, id as string);
        expect(wrong.data, field).toBeNull();
        expect(wrong.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([
          [message, "BAD_USER_INPUT", "allianceId"],
        ]);
      }
    }
  });

  it("refuses anonymous callers and answers role alliance", async () => {
    const schema = await buildSchema({ driver, config: testConfig() });
    const source = `{ partnerGaps(onlyGaps: true) { chainId gap pressure threshold } suggestPartners(orgId: "GAP-E1", limit: 1) { partner { id } score breakdown { name contribution } reasons sharedChains { name } gapChains { name } explanations { zh en source } } }`;
    const anon = await graphql({ schema, source, contextValue: { auth: ANONYMOUS } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const ok = await graphql({
      schema,
      source,
      contextValue: { auth: { roles: ["alliance"] }, request: testRequest(driver, ["alliance"]) },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toMatchObject({
      partnerGaps: [{ chainId: "GAP-C1", gap: true, pressure: 1.5, threshold: 3 }],
      suggestPartners: [
        { partner: { id: "GAP-U2" }, sharedChains: [{ name: "新能源汽车" }], gapChains: [{ name: "人工智能" }] },
      ],
    });
  });
});
