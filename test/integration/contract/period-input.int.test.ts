/**
 * One period input across the custom fields: `period: DatePeriod` (a year, or from/to) gives the
 * same answer as the deprecated arguments it replaces (from/to, year, fromYear/toYear, window,
 * signedFrom/signedTo); giving both forms, or a period the field cannot measure, is BAD_USER_INPUT
 * naming the argument.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalytics } from "../../../graph-api/src/graph/analytics/run-analytics.js";
import { TRACING_NODES, TRACING_RELS } from "../../fixtures/tracing-graph.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";

// An alliance with A1 as member (memberGaps), A1 placed and B1 employed (brokerage roles classified).
const EXTRA_NODES: FixtureNode[] = [{ label: "Alliance", id: "TRC-AL", name: "联盟", kind: "ALLIANCE" }];
const EXTRA_RELS: FixtureRel[] = [
  ["TRC-A1", "MEMBER_OF", "TRC-AL"],
  ["TRC-A1", "LOCATED_IN", "TRC-D1"],
  ["TRC-B1", "EMPLOYED_BY", "TRC-A1"],
];

/** A field called with the deprecated arguments and with `period`; both must answer the same. */
interface Pair {
  old: string;
  period: string;
  /** The answer's selection. */
  select: string;
  alliance?: boolean;
}

const Y2024 = `{ from: "2024-01-01", to: "2024-12-31" }`;

const PAIRS: Record<string, Pair> = {
  networkEvaluation: {
    old: `networkEvaluation(from: "2024-01-01", to: "2024-12-31")`,
    period: `networkEvaluation(period: { year: 2024 })`,
    select: `{ from to status nodeCount nodes { organisation { id } pagerank } communities { number size } }`,
  },
  "networkEvaluation, open end": {
    old: `networkEvaluation(from: "2024-01-01")`,
    period: `networkEvaluation(period: { from: "2024-01-01" })`,
    select: `{ from to nodeCount }`,
  },
  networkNode: {
    old: `networkNode(id: "TRC-EN1", from: "2024-01-01", to: "2024-12-31")`,
    period: `networkNode(id: "TRC-EN1", period: ${Y2024})`,
    select: `{ organisation { id } degree pagerank }`,
  },
  brokerageRoles: {
    old: `brokerageRoles(id: "TRC-A1", from: "2024-01-01", to: "2024-12-31")`,
    period: `brokerageRoles(id: "TRC-A1", period: { year: 2024 })`,
    select: `{ node { id } roles { total } }`,
  },
  memberGaps: {
    old: `memberGaps(from: "2024-01-01", to: "2024-12-31")`,
    period: `memberGaps(period: { year: 2024 })`,
    select: `{ memberId handledChains }`,
    alliance: true,
  },
  topBrokers: {
    old: `topBrokers(year: 2024)`,
    period: `topBrokers(period: { year: 2024 })`,
    select: `{ rank broker { id } score }`,
  },
  "topAgencies, the year as from/to": {
    old: `topAgencies(year: 2024)`,
    period: `topAgencies(period: ${Y2024})`,
    select: `{ rank agency { id } score }`,
  },
  topCases: {
    old: `topCases(year: 2024)`,
    period: `topCases(period: { year: 2024 })`,
    select: `{ rank deal { id } score }`,
  },
  agencyEvaluation: {
    old: `agencyEvaluation(year: 2024)`,
    period: `agencyEvaluation(period: { year: 2024 })`,
    select: `{ agency { id } deals previousDeals }`,
  },
  annualReport: {
    old: `annualReport(year: 2024)`,
    period: `annualReport(period: { year: 2024 })`,
    select: `{ year headline { key value } }`,
  },
  conversionRate: {
    old: `conversionRate(period: ${Y2024})`,
    period: `conversionRate(period: { year: 2024 })`,
    select: `{ period { from to } overall { deals onSiteDeals } groups { node { id } figures { deals } } }`,
  },
  conversionTrend: {
    old: `conversionTrend(fromYear: 2023, toYear: 2024)`,
    period: `conversionTrend(period: { from: "2023-01-01", to: "2024-12-31" })`,
    select: `{ period { from to } overall { deals } }`,
  },
  kpiProgress: {
    old: `kpiProgress(window: ${Y2024})`,
    period: `kpiProgress(period: { year: 2024 })`,
    select: `{ window { from to } indicators { key current } }`,
  },
  flows: {
    old: `flows(period: ${Y2024})`,
    period: `flows(period: { year: 2024 })`,
    select: `{ totalDeals nodes { key node { id } value } }`,
  },
  dealsPage: {
    old: `dealsPage(signedFrom: "2024-01-01", signedTo: "2024-12-31")`,
    period: `dealsPage(period: { year: 2024 })`,
    select: `{ edges { node { id signedOn } } }`,
  },
};

/** A field given both forms, and the deprecated arguments the message must name. */
const BOTH: [string, string][] = [
  [`networkEvaluation(period: { year: 2024 }, from: "2024-01-01") { nodeCount }`, "from"],
  [`networkNode(id: "TRC-EN1", period: { year: 2024 }, to: "2024-12-31") { degree }`, "to"],
  [
    `brokerageRoles(id: "TRC-A1", period: { year: 2024 }, from: "2024-01-01", to: "2024-12-31") { node { id } }`,
    "from and to",
  ],
  [`topBrokers(period: { year: 2024 }, year: 2024) { rank }`, "year"],
  [`agencyEvaluation(period: { year: 2024 }, year: 2023) { deals }`, "year"],
  [`annualReport(period: { year: 2024 }, year: 2024) { year }`, "year"],
  [`conversionTrend(period: { year: 2024 }, fromYear: 2023) { overall { deals } }`, "fromYear"],
  [`kpiProgress(period: { year: 2024 }, window: ${Y2024}) { window { from } }`, "window"],
  [`dealsPage(period: { year: 2024 }, signedFrom: "2024-01-01") { edges { cursor } }`, "signedFrom"],
];

/** Periods a field cannot measure: the argument named, and words of the reason. */
const WRONG: [string, string, RegExp][] = [
  [`networkEvaluation(period: { year: 2024, from: "2024-01-01" }) { nodeCount }`, "period.year", /not both/],
  [`conversionRate(period: { from: "2024-01-01" }) { overall { deals } }`, "period.to", /closed period/],
  [`flows(period: {}) { totalDeals }`, "period.from", /closed period/],
  [`topBrokers(period: { from: "2024-03-01", to: "2024-12-31" }) { rank }`, "period", /one calendar year/],
  [`topCases { rank }`, "period", /required/],
  [
    `conversionTrend(period: { from: "2023-02-01", to: "2024-12-31" }) { overall { deals } }`,
    "period.from",
    /1 January/,
  ],
  [
    `conversionTrend(period: { from: "2000-01-01", to: "2024-12-31" }) { overall { deals } }`,
    "period.to",
    /at most 20/,
  ],
  [`memberGaps(period: { year: 1800 }) { memberId }`, "period.year", /1949/],
  [`networkNode(id: "TRC-EN1", period: { from: "2024-12-31", to: "2024-01-01" }) { degree }`, "period.from", /after/],
];

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(driver, [...TRACING_NODES, ...EXTRA_NODES], [...TRACING_RELS, ...EXTRA_RELS]);
  await runAnalytics(driver);
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

describe("period: DatePeriod and the deprecated period arguments", () => {
  it.each(Object.keys(PAIRS))("%s: both forms give the same answer", async (name) => {
    const { old, period, select, alliance } = PAIRS[name]!;
    const role = alliance ? "alliance" : undefined;
    const before = await api.gql(`{ answer: ${old} ${select} }`, { role });
    const now = await api.gql(`{ answer: ${period} ${select} }`, { role });
    expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();
    expect(now.errors, JSON.stringify(now.errors)).toBeUndefined();
    expect(now.data).toEqual(before.data);
    expect(JSON.stringify(now.data)).not.toMatch(/^\{"answer":(null|\[\])\}$/); // an answer with something in it
  });

  it.each(BOTH)("both forms at once are refused, naming both: %s", async (field, named) => {
    const res = await api.gql(`{ ${field} }`, { role: "alliance" });
    expect(res.status).toBe(200); // a field error, as any bad argument
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "period" });
    expect(res.errors?.[0]?.message).toBe(`period: give either period or the deprecated ${named}, not both`);
  });

  it.each(WRONG)("a period the field cannot measure is refused: %s", async (field, argument, why) => {
    const res = await api.gql(`{ ${field} }`, { role: "alliance" });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(res.errors?.[0]?.message).toMatch(why);
    expect(res.errors?.[0]?.message.startsWith(`${argument}: `)).toBe(true);
  });

  it("the deprecated arguments are marked deprecated in the schema, with the replacement named", async () => {
    const res = await api.gql<{
      __type: { fields: { name: string; args: { name: string; deprecationReason: string | null }[] }[] };
    }>(`{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name deprecationReason } } } }`);
    const periodFields = new Set(Object.keys(PAIRS).map((name) => name.split(/[ ,]/)[0]));
    const deprecated = res
      .data!.__type.fields.filter((f) => periodFields.has(f.name))
      .flatMap((f) =>
        f.args.filter((a) => a.deprecationReason).map((a) => [`${f.name}.${a.name}`, a.deprecationReason]),
      )
      .sort();
    expect(deprecated.map(([name]) => name)).toEqual(
      [
        "agencyEvaluation.year",
        "annualReport.year",
        "brokerageRoles.from",
        "brokerageRoles.to",
        "conversionTrend.fromYear",
        "conversionTrend.toYear",
        "dealsPage.signedFrom",
        "dealsPage.signedTo",
        "kpiProgress.window",
        "memberGaps.from",
        "memberGaps.to",
        "networkEvaluation.from",
        "networkEvaluation.to",
        "networkNode.from",
        "networkNode.to",
        "topAgencies.year",
        "topBrokers.year",
        "topCases.year",
      ].sort(),
    );
    for (const [, reason] of deprecated) expect(reason).toMatch(/^Use period/);
  });
});
