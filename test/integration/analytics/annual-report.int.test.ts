/**
 * The annual white paper on the demo data (seed 2024): its parts equal the operations behind
 * their own fields, every deal of the year is accounted for, the alliance's gap chains need the
 * role, and the HTML, XLSX and HTTP route deliver the same report with their limits checked
 * before any work. Resets the database (serial project).
 */
import ExcelJS from "exceljs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyticsService } from "../../../graph-api/src/graph/analytics/analytics-service.js";
import { runAnalytics } from "../../../graph-api/src/graph/analytics/run-analytics.js";
import { getConversionRate } from "../../../graph-api/src/graph/conversion/conversion.js";
import { loadKpiTargets } from "../../../graph-api/src/graph/kpi/kpi-targets.js";
import { evaluateNetwork } from "../../../graph-api/src/graph/network/evaluate-network.js";
import { topBrokers } from "../../../graph-api/src/graph/rankings/rankings.js";
import { buildAnnualReport } from "../../../graph-api/src/graph/report/annual-report.js";
import type { AnnualReport } from "../../../graph-api/src/graph/report/report-types.js";
import { loadDemoIfEmpty } from "../../../graph-api/src/ingest/load-demo.js";
import { REPORT_SECTIONS } from "../../../graph-api/src/white-paper/report-html.js";
import { whole } from "../../../graph-api/src/white-paper/format.js";
import { renderReport } from "../../../graph-api/src/white-paper/render-report.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { resetDatabase, testDriver, testRequest } from "../../helpers/neo4j.js";
import { testConfig } from "../../helpers/test-config.js";

const YEAR = 2024;
const PERIOD = { from: "2024-01-01", to: "2024-12-31" };

describe("annual white paper (demo data)", () => {
  let driver: Driver;
  let report: AnnualReport;
  let api: TestApi;
  const steps: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadDemoIfEmpty(driver, { ...testConfig(), LOAD_DEMO: true });
    await runAnalytics(driver);
    report = await buildAnnualReport(testRequest(driver, ["alliance"]), YEAR, {
      kpiTargets: loadKpiTargets(),
      analytics: analyticsService(driver, testConfig({ ANALYTICS_IN_API: "false" })),
      onStep: (step) => steps.push(step),
    });
    api = await startTestApi(driver, { REPORT_CONCURRENCY: "1" });
  }, 300_000);
  afterAll(async () => {
    await api?.stop();
    await driver.close();
  });

  it("reports each step once", () => {
    expect(new Set(steps).size).toBe(steps.length);
    expect(steps).toContain("network");
    expect(steps).toHaveLength(12);
  });

  it("the network page is the stored network evaluation of the year, for the current graph version", async () => {
    const analytics = analyticsService(driver, testConfig({ ANALYTICS_IN_API: "false" }));
    const evaluation = await evaluateNetwork(
      { ...testRequest(driver), analytics },
      { ...PERIOD, groupBy: "IN_CHENGDU", sort: "PAGERANK", community: null, limit: 10, edgeLimit: 0 },
    );
    expect(report.network.status).toBe("READY");
    expect(report.network.graphVersion).toBe(evaluation.currentGraphVersion);
    expect(report.network.organisations).toBe(evaluation.nodeCount);
    expect(report.network.organisations).toBeGreaterThan(0);
    expect(report.network.keyOrganisations.map((o) => o.id)).toEqual(evaluation.nodes.map((n) => n.id));
  });

  it("tables are conversionRate's groups of the year, with the year before beside them", async () => {
    for (const key of ["SELLER_DISTRICT", "INSTITUTION", "LAB", "CHAIN"] as const) {
      const api2024 = await getConversionRate(testRequest(driver), PERIOD, key, 100_000);
      const api2023 = await getConversionRate(
        testRequest(driver),
        { from: "2023-01-01", to: "2023-12-31" },
        key,
        100_000,
      );
      const table = report.tables.find((t) => t.key === key)!;
      expect(table.rows.map((r) => [r.id, r.current])).toEqual(api2024.groups.map((g) => [g.id, g.figures]));
      expect(table.overall).toEqual(api2024.overall);
      const before = new Map(api2023.groups.map((g) => [g.id, g.figures]));
      for (const row of table.rows) expect(row.previous).toEqual(before.get(row.id) ?? null);
    }
  });

  it("accounts for every deal of the year: headline, coverage, absorption and flows agree", async () => {
    const n = (
      await driver.executeQuery(
        "MATCH (d:Deal) WHERE d.signedOn >= date($from) AND d.signedOn <= date($to) RETURN count(d) AS n",
        PERIOD,
      )
    ).records[0]!.get("n") as number;
    expect(n).toBeGreaterThan(0);
    expect(report.headline.find((f) => f.key === "deals")!.value).toBe(n);
    expect(report.conversion.coverage.periodDeals).toBe(n);
    const buyers = report.tables.find((t) => t.key === "BUYER_DISTRICT")!;
    expect(buyers.rows.reduce((s, r) => s + r.current.deals, 0) + buyers.ungrouped).toBe(n);
    for (const f of [report.flowsToDistricts, report.flowsToChains]) {
      expect(f.totalDeals).toBe(n);
      expect(f.links.reduce((s, l) => s + l.value, 0)).toBeCloseTo(n, 6);
    }
    expect(report.coverage.find((c) => c.key === "periodDeals")!.count).toBe(n);
    expect(report.headline.find((f) => f.key === "rateByCount")!.value).toBe(report.conversion.overall.rateByCount);
  });

  it("trend, rankings and KPIs come from their own operations", async () => {
    expect(report.trend.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(report.trend.at(-1)!.figures).toEqual(report.conversion.overall);
    expect(report.rankings.brokers).toEqual(await topBrokers(testRequest(driver), PERIOD, 10));
    expect(report.kpi.progress.window).toEqual({ from: "2024-02-04", to: "2024-12-31" });
    expect(report.network.gapChains).not.toBeNull();
  });

  it("annualReport through GraphQL: the same figures; gap chains only for the alliance role", async () => {
    const query = `query ($y: Int!) { annualReport(period: { year: $y }) {
      headline { key value previous change } tables { key rows { node { id } current { deals onSiteDeals } } }
      network { gapChains { chainName } } coverage { key count } flowsToDistricts { totalDeals } } }`;
    const anon = await api.gql<{ annualReport: Record<string, unknown> & { network: { gapChains: unknown } } }>(query, {
      variables: { y: YEAR },
    });
    expect(anon.errors).toBeUndefined();
    const a = anon.data!.annualReport as unknown as {
      headline: { key: string; value: number | null }[];
      tables: { key: string; rows: { node: { id: string }; current: { deals: number } }[] }[];
      network: { gapChains: unknown };
    };
    expect(a.headline.map((f) => [f.key, f.value])).toEqual(report.headline.map((f) => [f.key, f.value]));
    expect(a.tables.find((t) => t.key === "SELLER_DISTRICT")!.rows.map((r) => [r.node.id, r.current.deals])).toEqual(
      report.tables.find((t) => t.key === "SELLER_DISTRICT")!.rows.map((r) => [r.id, r.current.deals]),
    );
    expect(a.network.gapChains).toBeNull();
    const alliance = await api.gql<{ annualReport: { network: { gapChains: unknown[] } } }>(query, {
      variables: { y: YEAR },
      role: "alliance",
    });
    expect(Array.isArray(alliance.data!.annualReport.network.gapChains)).toBe(true);
    const bad = await api.gql(`{ annualReport(year: 20240) { year } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("limits of the analysis fields are checked before any work", async () => {
    const long = await api.gql(`{ conversionTrend(fromYear: 2000, toYear: 2030) { overall { deals } } }`);
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(long.errors?.[0]?.message).toMatch(/at most 20 years/);
    const zero = await api.gql(
      `{ flows(period: { from: "2024-01-01", to: "2024-12-31" }, nodesPerSide: 0) { totalDeals } }`,
    );
    expect(zero.errors?.[0]?.message).toMatch(/^nodesPerSide: /);
    const many = await api.gql<{ flows: { nodes: { side: string; kind: string }[]; totalDeals: number } }>(
      `{ flows(period: { from: "2019-01-01", to: "2026-12-31" }, nodesPerSide: 100000) { totalDeals nodes { side kind } } }`,
    );
    expect(many.errors).toBeUndefined();
    const sources = many.data!.flows.nodes.filter((n) => n.side === "SOURCE" && n.kind === "ENTITY");
    expect(sources.length).toBeLessThanOrEqual(50);
    const trend = await api.gql<{ conversionTrend: { period: { from: string }; overall: { deals: number } }[] }>(
      `{ conversionTrend(fromYear: 2023, toYear: 2024) { period { from } overall { deals } } }`,
    );
    expect(trend.data!.conversionTrend.map((y) => y.period.from)).toEqual(["2023-01-01", "2024-01-01"]);
    expect(trend.data!.conversionTrend[1]!.overall.deals).toBe(report.conversion.overall.deals);
  });

  it("HTML has every section; XLSX has a sheet per table with its rows", async () => {
    const html = new TextDecoder().decode(await renderReport(report, "html", { chromiumPath: "unused" }));
    for (const [, heading] of REPORT_SECTIONS) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain(`data-total="${report.flowsToDistricts.totalDeals}"`);
    // the KPI chapter's stock figure and the overview's year-end figure are told apart, both named
    const titledAtYearEnd = report.headline.find((h) => h.key === "titledBrokers")!.value!;
    const stockNote = /<p class="note" data-note="stocks">([^<]*)<\/p>/.exec(html)?.[1] ?? "";
    expect(stockNote).toContain("中级及以上职称技术经纪人");
    expect(stockNote).toContain(`中级及以上职称经纪人 ${whole(titledAtYearEnd)} 为截至年末已登记者`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReport(report, "xlsx", { chromiumPath: "unused" })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("区县成果输出")!;
    const table = report.tables.find((t) => t.key === "SELLER_DISTRICT")!;
    expect(sheet.rowCount).toBe(table.rows.length + 1);
    expect(sheet.getRow(2).getCell(1).value).toBe(table.rows[0]!.id);
    expect(wb.getWorksheet("十佳技术经纪人")!.rowCount).toBe(report.rankings.brokers.length + 1);
  });

  it("the HTTP route checks year, format, token and concurrency before any work", async () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });
    expect((await get("/reports/annual/20x4.pdf")).status).toBe(400);
    expect((await get("/reports/annual/1900.pdf")).status).toBe(400);
    const format = await get("/reports/annual/2024.docx");
    expect(format.status).toBe(400);
    expect(((await format.json()) as { error: string }).error).toMatch(/^format: /);
    expect((await get("/reports/annual/2024.html", { authorization: "Bearer not-a-token" })).status).toBe(401);
    const [one, two] = await Promise.all([get("/reports/annual/2024.xlsx"), get("/reports/annual/2024.xlsx")]);
    expect([one.status, two.status].sort()).toEqual([200, 503]);
    const busy = one.status === 503 ? one : two;
    expect(busy.headers.get("retry-after")).toBe("10");
    const html = await get("/reports/annual/2024.html?download=1");
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.headers.get("content-disposition")).toMatch(
      /attachment; filename="ttgraph-annual-report-2024-\d{8}\.html"/,
    );
    expect(await html.text()).toContain("成都市技术转移年度白皮书（2024 年度）");
  });
});
