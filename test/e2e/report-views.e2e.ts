/**
 * The white paper and the report-ready views end to end, in headless Chromium against the API
 * with demo data (seed 2024): the 2024 report generated from the explorer and from the CLI (the
 * PDF has every section, its numbers are the API's), each view's CSV/XLSX export holds that view's
 * rows, the conversion view's district rows equal conversionRate(groupBy: SELLER_DISTRICT), the
 * Sankey draws every deal of the period, and phone widths give a usable page. PDFs, their first
 * pages (pdftoppm) and screenshots go to test-artifacts/ to be looked at.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REPORT_SECTIONS } from "../../graph-api/src/white-paper/report-html.js";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testConfig } from "../helpers/test-config.js";

declare global {
  interface Window {
    __ttgraphCharts?: Record<string, { getOption(): unknown }>;
  }
}

const ART = "test-artifacts";
const YEAR = 2024;
const PERIOD = { from: "2024-01-01", to: "2024-12-31" };
const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const whole = (x: number) => Math.round(x).toLocaleString("en-US");

interface Headline {
  key: string;
  value: number | null;
}

describe("annual white paper and report-ready views", () => {
  let browser: TestBrowser;
  let page: Page;
  const apiUrl = inject("apiUrl");
  const queryUrl = inject("queryUrl");
  const errors: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${queryUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const save = async (download: Download, name: string) => {
    const path = `${ART}/${name}`;
    await download.saveAs(path);
    return path;
  };
  /** The PDF's text with all white space removed (lines wrap wherever the page ends them). */
  const pdfText = (path: string) => execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const firstPage = (path: string, out: string) =>
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, `${ART}/${out}`]);

  let headline: Headline[];
  let deals: number;

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    const data = await gql<{
      annualReport: { headline: Headline[] };
      dealsConnection: { aggregate: { count: { nodes: number } } };
    }>(
      `query ($y: Int!, $from: Date!, $to: Date!) {
        annualReport(period: { year: $y }) { headline { key value } }
        dealsConnection(where: { signedOn: { gte: $from, lte: $to } }) { aggregate { count { nodes } } } }`,
      { y: YEAR, ...PERIOD },
    );
    headline = data.annualReport.headline;
    deals = data.dealsConnection.aggregate.count.nodes;
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** What the PDF must show: every section, and the API's headline figures of the year. */
  function expectWhitePaper(text: string) {
    for (const [, heading] of REPORT_SECTIONS) expect(text).toContain(squeeze(heading));
    const value = (k: string) => headline.find((f) => f.key === k)!.value;
    expect(value("deals")).toBe(deals);
    expect(text).toContain(squeeze(`${YEAR} 年全市登记成果转化交易 ${whole(deals)} 笔`));
    expect(text).toContain(squeeze(`（在蓉转化率，按笔数）为 ${pct(value("rateByCount"))}`));
    expect(text).toContain(squeeze(`全年交易 ${whole(deals)} 笔`));
  }

  it("generates the 2024 report from the explorer: the PDF has the sections and the API's numbers", async () => {
    await page.goto(`${apiUrl}/?v=report&p.year=${YEAR}`);
    await page.getByTestId("report-frame").waitFor({ timeout: 90_000 });
    const frame = page.frameLocator("[data-testid=report-frame]");
    expect(await frame.locator("h1").innerText()).toContain(`${YEAR} 年度`);
    await page.screenshot({ path: `${ART}/report-view.png` });
    const [pdf] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByTestId("report-download-pdf").click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^ttgraph-annual-report-2024-\d{8}\.pdf$/);
    const path = await save(pdf, "report-explorer-2024.pdf");
    expectWhitePaper(pdfText(path));
    firstPage(path, "report-explorer-2024-page1");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByTestId("report-download-xlsx").click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await save(xlsx, "report-explorer-2024.xlsx"));
    expect(wb.getWorksheet("概览")!.getRow(2).getCell(2).value).toBe(deals);
  });

  it("generates the 2024 report from the CLI with progress on the terminal", () => {
    const config = testConfig();
    const out = `${ART}/report-cli-2024.pdf`;
    const report = (...args: string[]) =>
      spawnSync(process.execPath, ["graph-api/bin/ttgraph.js", "report", "--year", String(YEAR), ...args], {
        env: { ...process.env, NEO4J_URI: config.neo4jUri, NEO4J_PASSWORD: config.NEO4J_PASSWORD, LOG_LEVEL: "warn" },
        encoding: "utf8",
        timeout: 180_000,
      });
    const run = report("--out", out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("[12/12]");
    expect(run.stdout).toMatch(/Wrote the 2024 annual report \(pdf/);
    expectWhitePaper(pdfText(out));
    // the CLI's report is the public one: the alliance's gap chains only when asked for
    expect(pdfText(out)).toMatch(/需\s*alliance\s*角色查看/);
    firstPage(out, "report-cli-2024-page1");
    const withGaps = `${ART}/report-cli-2024-alliance.html`;
    const internal = report("--out", withGaps, "--with-alliance-gaps");
    expect(internal.status, internal.stderr).toBe(0);
    const html = readFileSync(withGaps, "utf8");
    expect(html).toContain("6.4 联盟合作缺口产业链");
    expect(html).not.toContain("需 alliance 角色查看");
    const bad = spawnSync(process.execPath, ["graph-api/bin/ttgraph.js", "report", "--year", "24"], {
      encoding: "utf8",
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/a year such as 2025/);
  });

  it("the conversion view's district rows equal conversionRate(groupBy: SELLER_DISTRICT); its exports hold those rows", async () => {
    await page.goto(`${apiUrl}/?v=conversion&p.from=${PERIOD.from}&p.to=${PERIOD.to}`);
    const table = page.getByTestId("conversion-table");
    await table.locator("tbody tr").first().waitFor();
    const shown = await table.locator("tbody tr").evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute("data-id"),
        deals: r.querySelector("[data-col=deals]")!.textContent,
        onSite: r.querySelector("[data-col=onSiteDeals]")!.textContent,
        rate: r.querySelector("[data-col=rateByCount]")!.textContent,
      })),
    );
    const api = await gql<{
      conversionRate: {
        groups: { node: { id: string }; figures: { deals: number; onSiteDeals: number; rateByCount: number | null } }[];
      };
    }>(
      `query ($p: DatePeriod!) { conversionRate(period: $p, groupBy: SELLER_DISTRICT, limit: 500) { groups { node { id } figures { deals onSiteDeals rateByCount } } } }`,
      { p: PERIOD },
    );
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual(
      api.conversionRate.groups.map((g) => ({
        id: g.node.id,
        deals: whole(g.figures.deals),
        onSite: whole(g.figures.onSiteDeals),
        rate: pct(g.figures.rateByCount),
      })),
    );
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-csv").click()]);
    expect(csv.suggestedFilename()).toMatch(/^ttgraph-conversion-seller_district-2024-\d{8}\.csv$/);
    const lines = readFileSync(await save(csv, "conversion.csv"), "utf8")
      .trim()
      .split("\r\n");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown.map((r) => r.id));
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-xlsx").click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await save(xlsx, "conversion.xlsx"));
    expect(wb.worksheets[0]!.rowCount).toBe(shown.length + 1);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-svg").click()]);
    expect(readFileSync(await save(svg, "conversion.svg"), "utf8")).toMatch(/^<svg/);
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-png").click()]);
    expect(
      readFileSync(await save(png, "conversion.png"))
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    // a district's deals, from its row
    await table.locator("tbody tr th button").first().click();
    await page.getByTestId("group-deals").locator("li").first().waitFor();
    await page.screenshot({ path: `${ART}/conversion-view.png`, fullPage: true });
  });

  it("the Sankey draws every deal of the period, and the flows export holds its links", async () => {
    await page.goto(`${apiUrl}/?v=flows&p.from=${PERIOD.from}&p.to=${PERIOD.to}`);
    await page.getByTestId("chart-flows").waitFor();
    await page.waitForFunction(
      () => (window.__ttgraphCharts?.flows?.getOption() as { series?: unknown[] } | undefined)?.series,
    );
    const drawn = await page.evaluate(() => {
      const series = (window.__ttgraphCharts!.flows!.getOption() as { series: { links: { value: number }[] }[] })
        .series[0]!;
      return { total: series.links.reduce((s, l) => s + l.value, 0), links: series.links.length };
    });
    expect(drawn.total).toBeCloseTo(deals, 6);
    expect(await page.getByTestId("flows-total").getAttribute("data-total")).toBe(String(deals));
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-csv").click()]);
    expect(
      readFileSync(await save(csv, "flows.csv"), "utf8")
        .trim()
        .split("\r\n"),
    ).toHaveLength(drawn.links + 1);
    await page.screenshot({ path: `${ART}/flows-view.png` });
  });

  it("the KPI and journey views export their own rows", async () => {
    await page.goto(`${apiUrl}/?v=kpi`);
    await page.getByTestId("kpi-matrix").locator("tbody tr").first().waitFor();
    const matrixRows = await page.getByTestId("kpi-matrix").locator("tbody tr").count();
    const [kpi] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-csv").click()]);
    expect(
      readFileSync(await save(kpi, "kpi.csv"), "utf8")
        .trim()
        .split("\r\n"),
    ).toHaveLength(matrixRows + 1);
    expect(await page.getByTestId("kpi-ahead").innerText()).toMatch(/\d+ 个达到，\d+ 个未达到/);
    await page.getByTestId("view-journey").click();
    await page.getByTestId("pick-item").first().click();
    await page.getByTestId("journey-timeline").waitFor();
    const steps = await page.getByTestId("journey-timeline").locator("li").count();
    const [journey] = await Promise.all([page.waitForEvent("download"), page.getByTestId("view-export-csv").click()]);
    expect(
      readFileSync(await save(journey, "journey.csv"), "utf8")
        .trim()
        .split("\r\n"),
    ).toHaveLength(steps + 1);
  });

  it("at 390×844 and 768×1024 every view is usable: a compact header, a menu, the view below it", async () => {
    for (const [width, height] of [
      [390, 844],
      [768, 1024],
    ] as const) {
      const p = await browser.context.newPage();
      await p.setViewportSize({ width, height });
      for (const view of ["explore", "conversion", "flows", "kpi", "report"]) {
        await p.goto(`${apiUrl}/?v=${view}${view === "report" ? `&p.year=${YEAR}` : ""}`);
        await p.locator(".analysis__body, .explore-view").first().waitFor();
        if (view !== "explore")
          await p.locator("[data-testid^=chart-], [data-testid=report-frame]").first().waitFor({ timeout: 90_000 });
        const box = await p.evaluate(() => ({
          header: document.querySelector(".app__header")!.getBoundingClientRect().height,
          main: document.querySelector(".app__main")!.getBoundingClientRect(),
          scroll: document.documentElement.scrollWidth,
          nav: getComputedStyle(document.querySelector(".app__views")!).display,
        }));
        expect(box.header, view).toBeLessThan(140);
        expect(box.scroll, view).toBeLessThanOrEqual(width);
        expect(box.main.width, view).toBeGreaterThan(width - 2);
        expect(box.main.height, view).toBeGreaterThan(height - box.header - 40);
        expect(box.nav, view).toBe("none");
        await p.screenshot({ path: `${ART}/mobile-${width}-${view}.png` });
      }
      await p.getByTestId("menu-toggle").click();
      const heights = await p
        .locator(".app__views button")
        .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThan(40); // labels on one line
      await p.locator(".app__views button", { hasText: "在蓉转化" }).click();
      await p.getByTestId("conversion-view").waitFor();
      await p.close();
    }
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
