/**
 * The six analysis views end to end, in headless Chromium against the API with demo data (seed
 * 2024): each is opened from the header menu (or the details panel), used once, asserted on the
 * text and pictures it shows (canvas element counts via window.__ttgraphCy, SVG paths, bars,
 * matrix cells) and saved as test-artifacts/views-e2e-*.png. Inputs are picked through the UI
 * (first demand, first result …) so the test does not hard-code generated names.
 */
import type { Core } from "cytoscape";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signToken } from "../../graph-api/src/auth/jwt.js";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testConfig } from "../helpers/test-config.js";

declare global {
  interface Window {
    __ttgraphCy?: Record<string, Core>;
    __ttgraphCharts?: Record<string, { getOption(): unknown }>;
  }
}

const ART = "test-artifacts";
const shot = (page: Page, name: string) => page.screenshot({ path: `${ART}/views-e2e-${name}.png` });

describe("analysis views end to end", () => {
  let browser: TestBrowser;
  let page: Page;
  const apiUrl = inject("apiUrl");
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${apiUrl}/`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("every view is in the header menu, in Chinese", async () => {
    const nav = await page.locator("nav").first().innerText();
    for (const label of ["成果轨迹", "联盟网络", "成果流向", "规划指标", "合作缺口", "需求匹配"])
      expect(nav).toContain(label);
  });

  it("(a) result journey: pick a result, see institution → result → deals → buyer in columns", async () => {
    await page.getByTestId("view-journey").click();
    const first = page.getByTestId("pick-item").first();
    await first.waitFor();
    const picked = (await first.locator("span").first().innerText()).trim();
    await first.click();
    await page.getByTestId("journey-title").waitFor();
    expect(await page.getByTestId("journey-title").innerText()).toBe(picked);
    await page.waitForFunction(() => (window.__ttgraphCy?.journey?.nodes().length ?? 0) >= 3);
    // Column headings are nodes too; the result sits in the "成果" column with its developer to the left.
    const facts = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.journey!;
      const result = cy.nodes(".focus").first();
      const developers = cy.nodes('[column = "institution"], [column = "developer"]');
      return {
        headings: cy.nodes(".heading").map((n) => n.data("label") as string),
        resultX: result.position().x,
        developerXs: developers.map((n) => n.position().x),
        edges: cy.edges().length,
      };
    });
    expect(facts.headings).toContain("成果");
    expect(facts.developerXs.every((x) => x < facts.resultX)).toBe(true);
    expect(facts.edges).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId("journey-timeline").innerText()).toMatch(/研发|签约/);
    await shot(page, "a-journey");
  });

  it("(a) a journey node opens in the details panel, which links to other views", async () => {
    // A deal's buyer (an enterprise) links to the alliance network and partner gaps views.
    const buyer = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.journey!;
      const n = cy.nodes('[column = "buyer"]').first();
      if (n.empty()) return null;
      const p = n.renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, name: n.data("name") as string };
    });
    if (!buyer) return; // a result without deals: nothing to click (the timeline says so)
    await page.mouse.click(buyer.x, buyer.y);
    const panel = page.getByTestId("details-panel");
    await panel.getByText(buyer.name).first().waitFor();
    const links = await panel.getByTestId("details-view-link").allInnerTexts();
    expect(links).toContain("联盟网络");
  });

  it("(f) matching: pick an OPEN demand, see ranked results and brokers with score bars", async () => {
    await page.getByTestId("view-matching").click();
    const first = page.getByTestId("demand-picker").getByTestId("pick-item").first();
    await first.waitFor();
    // the picker lists every demand until the OPEN ones have arrived: read the first once they have
    await page.getByTestId("matching-view").getByTestId("view-updating").waitFor({ state: "detached" });
    const demand = (await first.locator("span").first().innerText()).trim();
    await first.click();
    await page.getByTestId("match-results").locator("li").first().waitFor();
    expect(await page.getByTestId("matching-demand").innerText()).toBe(demand);
    const results = page.getByTestId("match-results").locator("li");
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.first().locator(".match-list__rank").innerText()).toBe("1");
    // Each row has a stacked bar with at least one coloured segment and its score.
    expect(await results.first().locator(".score-bar__seg").count()).toBeGreaterThan(0);
    expect(await results.first().locator(".score-bar__value").innerText()).toMatch(/^[01]\.\d\d$/);
    expect(await page.locator(".score-legend").first().innerText()).toContain("产业链吻合");
    expect(await page.getByTestId("match-brokers").locator("li").count()).toBeGreaterThan(0);
    await shot(page, "f-matching");
  });

  it("(c) flows: a Sankey of where results landed with the in-Chengdu share; a source drills in", async () => {
    await page.getByTestId("view-flows").click();
    await page.getByTestId("chart-flows").waitFor();
    expect(await page.getByTestId("flows-share").innerText()).toMatch(/在蓉转化率：按笔数 \d+\.\d%，按金额 \d+\.\d%/);
    await page.waitForFunction(() => (window.__ttgraphCharts?.flows?.getOption() as { series?: unknown[] })?.series);
    await page.waitForTimeout(300);
    await shot(page, "c-flows");
    // click the first named source where ECharts drew it
    const source = await page.evaluate(() => {
      type Chart = {
        getOption(): { series: { data: { name: string }[] }[] };
        getModel(): {
          getSeriesByIndex(i: number): {
            // where the series is drawn in the chart; node layouts are relative to it
            layoutInfo: { x: number; y: number };
            getData(): { getItemLayout(i: number): { x: number; y: number; dx: number; dy: number } };
          };
        };
        getDom(): HTMLElement;
      };
      const chart = window.__ttgraphCharts!.flows as unknown as Chart;
      const data = chart.getOption().series[0]!.data;
      const i = data.findIndex((d) => d.name.startsWith("src:") && !d.name.startsWith("src:~"));
      const series = chart.getModel().getSeriesByIndex(0);
      const box = series.getData().getItemLayout(i);
      const rect = chart.getDom().getBoundingClientRect();
      return {
        key: data[i]!.name,
        x: rect.left + series.layoutInfo.x + box.x + box.dx / 2,
        y: rect.top + series.layoutInfo.y + box.y + box.dy / 2,
      };
    });
    await page.mouse.click(source.x, source.y);
    const id = source.key.slice(4);
    await page.waitForFunction((sid) => new URL(window.location.href).searchParams.get("p.id") === sid, id);
    await page.waitForFunction(() => document.querySelector("[data-testid=flows-view] h2")?.textContent?.includes("·"));
    await shot(page, "c-flows-institution");
  });

  it("(d) plan KPIs: four indicators with progress bars, a district matrix, and English on the toggle", async () => {
    await page.getByTestId("view-kpi").click();
    await page.getByTestId("kpi-bars").waitFor();
    const bars = page.getByTestId("kpi-bars").locator("li");
    expect(await bars.count()).toBe(4);
    expect(await page.getByTestId("kpi-TALENTS").innerText()).toMatch(/\d+ \/ \d+ · \d+(\.\d)?%/);
    const width = await page
      .getByTestId("kpi-TITLED_BROKERS")
      .locator(".kpi-bar__fill")
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(0);
    expect(await page.getByTestId("kpi-matrix").locator("tbody tr").count()).toBeGreaterThan(5);
    await shot(page, "d-kpi");
    await page.getByTestId("lang-toggle").click();
    await page.getByText("City-wide progress").waitFor();
    expect(await page.locator("nav").first().innerText()).toContain("Plan KPIs");
    await shot(page, "d-kpi-en");
    await page.getByTestId("lang-toggle").click();
    await page.getByText("全市进度").waitFor();
  });

  it("(e) partner gaps: asks for an alliance token, then shows the chain × member matrix and suggestions", async () => {
    await page.getByTestId("view-gaps").click();
    await page.getByTestId("token-sign-in").waitFor();
    expect(await page.getByTestId("token-sign-in").innerText()).toContain("npx ttgraph token --role alliance");
    await shot(page, "e-gaps-sign-in");
    const token = await signToken(testConfig().JWT_SECRET, { roles: ["alliance"], sub: "e2e", expiresIn: "1h" });
    await page.getByTestId("token-input").fill(token);
    await page.getByTestId("token-input").press("Enter");
    await page.getByTestId("gap-matrix").waitFor();
    const matrix = page.getByTestId("gap-matrix");
    expect(await matrix.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await matrix.locator("thead th.gap-matrix__chain").count()).toBeGreaterThan(3);
    // At least one non-empty cell: a member handled deals in an uncovered chain.
    const cells = await matrix.locator("tbody td").allInnerTexts();
    expect(cells.some((c) => /^\d+$/.test(c.trim()))).toBe(true);
    const member = page.getByTestId("gap-member").first();
    const memberName = await member.innerText();
    // The member's own gap chains: the chains of its row's non-empty cells (title "member · chain: n").
    const rowTips = await matrix
      .locator("tbody tr")
      .first()
      .locator("td[title]")
      .evaluateAll((tds) => tds.map((td) => td.getAttribute("title") ?? ""));
    const gapChains = rowTips.map((tip) => tip.replace(/^.* · /, "").replace(/: \d+$/, ""));
    expect(gapChains.length).toBeGreaterThan(0);
    await member.click();
    const suggestions = page.getByTestId("partner-suggestions");
    await suggestions.waitFor();
    expect(await suggestions.innerText()).toContain(memberName);
    await suggestions
      .locator(".suggestions__list > li, [data-testid=view-empty], [data-testid=view-error]")
      .first()
      .waitFor();
    expect(await suggestions.locator("[data-testid=view-error]").count()).toBe(0);
    // The score bar's tooltips say in words what each part counts, never a field name.
    const tips = await suggestions
      .locator(".suggestions__bar > span")
      .evaluateAll((spans) => spans.map((s) => s.getAttribute("title") ?? ""));
    for (const tip of tips) {
      expect(tip).not.toMatch(/gapCover|sharedChains|complementary|commonNeighbours|geography/);
      expect(tip).toMatch(/→ [\d.]+ 分（权重 [\d.]+）$/);
    }
    // The member's suggestions cite its own gap chains first: the first suggestion's first reason
    // names one of the chains of its row, with its uncovered deals and the partner's deals there.
    const first = suggestions.locator(".suggestions__list > li").first();
    expect(await first.getAttribute("data-gap")).toBe("yes");
    const reason = await first.getByTestId("suggestion-reasons").locator("li").first().innerText();
    const cited =
      /^覆盖你的缺口链 (.+)（你有 (\d+) 笔未覆盖交易；对方在该链(办理 \d+ 笔交易|有服务、成果或需求，尚无成交)）$/.exec(
        reason,
      );
    expect(cited, reason).not.toBeNull();
    expect(gapChains).toContain(cited![1]);
    // Its tooltip names the source in words; no reason shows a field name.
    expect(await first.getByTestId("suggestion-reasons").locator("li").first().getAttribute("title")).toMatch(
      /^来源：成交记录/,
    );
    const allReasons = await suggestions.locator(".suggestions__reasons li").allInnerTexts();
    for (const r of allReasons) expect(r).not.toMatch(/[a-z][A-Z]\w*|: \d+ ×/);
    await shot(page, "e-gaps");
  });

  it("(b) alliance network: communities coloured, members outlined, gap members marked (token kept)", async () => {
    await page.getByTestId("view-alliance").click();
    await page.getByTestId("alliance-stats").waitFor();
    // It opens as communities; "all organisations" draws the top organisations of the network.
    await page.getByTestId("alliance-mode-orgs").click();
    expect(await page.getByTestId("alliance-stats").innerText()).toMatch(/\d+ 个机构.*\d+ 个社区/);
    // Gap and member marks arrive with their own requests (members: the ties of the organisations
    // shown): wait for them, not just the nodes.
    await page.waitForFunction(() => {
      const cy = window.__ttgraphCy?.alliance;
      return (cy?.nodes().length ?? 0) > 20 && (cy?.nodes(".gap").length ?? 0) > 0 && cy!.nodes(".member").length > 0;
    });
    // the layout runs in the worker: positions arrive after the nodes
    await page.locator('[data-testid="alliance-canvas"][data-laid-out="true"]').waitFor();
    const facts = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.alliance!;
      const colours = new Set(cy.nodes().map((n) => n.data("color") as string));
      const sizes = cy.nodes().map((n) => n.data("size") as number);
      const bb = cy.nodes().boundingBox({});
      return {
        colours: colours.size,
        members: cy.nodes(".member").length,
        gaps: cy.nodes(".gap").length,
        minSize: Math.min(...sizes),
        maxSize: Math.max(...sizes),
        spread: bb.w,
      };
    });
    expect(facts.colours).toBeGreaterThan(1);
    expect(facts.members).toBeGreaterThan(0);
    expect(facts.gaps).toBeGreaterThan(0);
    expect(facts.maxSize).toBeGreaterThan(facts.minSize);
    expect(facts.spread).toBeGreaterThan(100); // laid out, not piled at the origin
    expect(await page.getByTestId("alliance-gaps").locator("li").count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await shot(page, "b-alliance");
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
