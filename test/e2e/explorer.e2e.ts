/**
 * The explorer end to end, in headless Chromium against the API with demo data (seed 2024):
 * search → expand → journey view (or the details panel when no journey view is registered) →
 * filter by district → export PNG → reopen the copied URL and get the same canvas. Each step saves
 * a screenshot to test-artifacts/explorer-e2e-*.png and asserts on visible content (canvas element
 * counts through window.__ttgraphCy, text in panels), so a blank page fails.
 */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ExploreSubgraphDocument } from "../../explorer/src/gql/graphql.js";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { loneNodeOfType, nodePoint, settled } from "../helpers/canvas.js";

const ART = "test-artifacts";
const shot = (page: Page, name: string) => page.screenshot({ path: `${ART}/explorer-e2e-${name}.png` });

/** Canvas facts read from the page's Cytoscape instance. */
interface CanvasFacts {
  ids: string[];
  faded: string[];
  positions: Record<string, { x: number; y: number }>;
  edges: number;
}

function canvasFacts(page: Page): Promise<CanvasFacts> {
  return page.evaluate(() => {
    const cy = window.__ttgraphCy?.main;
    if (!cy) return { ids: [], faded: [], positions: {}, edges: 0 };
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { x: Math.round(n.position().x), y: Math.round(n.position().y) };
    });
    return {
      ids: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      faded: cy
        .nodes(".faded")
        .map((n) => n.id())
        .sort(),
      positions,
      edges: cy.edges().length,
    };
  });
}

/** PNG width and height from its IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("explorer end to end", () => {
  let browser: TestBrowser;
  let page: Page;
  const apiUrl = inject("apiUrl");
  const queryUrl = inject("queryUrl");
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const urlState: { url: string; facts: CanvasFacts | null } = { url: "", facts: null };
  /** Nodes on the canvas once 成都大学 is expanded (set by the expand test). */
  let expandedCount = 0;

  it("opens with an explained empty canvas in Chinese", async () => {
    await page.goto(`${apiUrl}/`);
    await page.getByTestId("canvas-empty").waitFor();
    expect(await page.getByTestId("canvas-empty").innerText()).toContain("画布为空");
    expect(await page.locator("header").innerText()).toContain("成都技术转移");
    await shot(page, "01-empty");
  });

  it("search-as-you-type finds 成都大学 by pinyin initials and puts it on the canvas", async () => {
    await page.getByTestId("search-input").fill("cddx");
    const first = page.getByTestId("search-results").getByRole("option").first();
    await first.waitFor();
    expect(await first.innerText()).toContain("成都大学");
    await shot(page, "02-search");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1);
    expect((await canvasFacts(page)).ids).toEqual(["INS-000013"]);
    await page.getByTestId("details-panel").getByText("成都大学").first().waitFor();
  });

  it("double-click expands the node's neighbours", async () => {
    await settled(page); // the first layout, before clicking
    const p = await nodePoint(page, "INS-000013");
    await page.mouse.dblclick(p.x, p.y);
    await page.waitForFunction(() => (window.__ttgraphCy?.main?.nodes().length ?? 0) > 10, undefined, {
      timeout: 20_000,
    });
    await settled(page); // the animated layout
    const facts = await canvasFacts(page);
    // every relationship of 成都大学 in the demo data (its degree, from the API; one per neighbour,
    // fewer than a page of 50) brings its neighbour onto the canvas
    const res = await fetch(`${queryUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "INS-000013") { degree } }' }),
    });
    const degree = ((await res.json()) as { data: { node: { degree: number } } }).data.node.degree;
    expect(degree).toBeGreaterThan(10);
    expect(degree).toBeLessThan(50);
    expandedCount = degree + 1;
    expect(facts.ids.length).toBe(expandedCount);
    expect(facts.edges).toBeGreaterThanOrEqual(degree);
    expect(await page.getByTestId("canvas-count").innerText()).toContain(`${expandedCount} 个节点`);
    await shot(page, "03-expanded");
  });

  it("opens a result's journey (or its details) from the canvas", async () => {
    await settled(page);
    const resultId = await loneNodeOfType(page, "Result");
    expect(resultId).toMatch(/^RES-/);
    const p = await nodePoint(page, resultId!);
    await page.mouse.click(p.x, p.y);
    const panel = page.getByTestId("details-panel");
    const name = await page.evaluate(
      (id) => window.__ttgraphCy!.main!.getElementById(id).data("name") as string,
      resultId!,
    );
    // the panel shows the clicked result itself (its name as the heading), not a neighbour's
    await panel.locator("h2").filter({ hasText: name }).waitFor();
    expect(await panel.innerText()).toContain("科技成果");
    const journeyLink = panel.getByTestId("details-view-link").first();
    if (await journeyLink.count()) {
      await journeyLink.click();
      await page.locator("main").getByText(name.slice(0, 6)).first().waitFor();
      await shot(page, "04-journey");
      await page.getByTestId("view-explore").click();
      await page.waitForFunction((n) => (window.__ttgraphCy?.main?.nodes().length ?? 0) === n, expandedCount);
    } else {
      await shot(page, "04-details");
    }
  });

  it("filtering by district greys out nodes elsewhere", async () => {
    // 成都大学 is in 龙泉驿区; its results share it, deals are placed at their buyer's district
    await page.getByTestId("filter-district").selectOption({ label: "龙泉驿区" });
    await page.getByTestId("filter-status").waitFor();
    await page.waitForFunction(() => (window.__ttgraphCy?.main?.nodes(".faded").length ?? 0) > 0);
    const facts = await canvasFacts(page);
    expect(facts.faded.length).toBeGreaterThan(0);
    expect(facts.faded.length).toBeLessThan(facts.ids.length);
    expect(facts.faded).not.toContain("INS-000013");
    expect(await page.getByTestId("filter-status").innerText()).toContain(`${facts.faded.length} 个节点不符合条件`);
    await shot(page, "05-filtered");
  });

  it("exports the canvas as a PNG of the right size", async () => {
    await page.getByTestId("tab-share").click();
    await settled(page);
    const box = () =>
      page.evaluate(() => {
        const bb = window.__ttgraphCy!.main!.elements().boundingBox();
        return { width: bb.w * 2, height: bb.h * 2 };
      });
    const file = `${ART}/explorer-e2e-export.png`;
    // The graph's bounding box includes its labels, which follow the zoom; compare with a box that
    // held still over the export (a slow machine may still be applying the last style change).
    let expected = await box();
    for (let attempt = 0; ; attempt++) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
      expect(download.suggestedFilename()).toMatch(/^ttgraph-\d{8}-\d{4}\.png$/);
      await download.saveAs(file);
      const after = await box();
      if ((after.width === expected.width && after.height === expected.height) || attempt === 2) break;
      expected = after;
    }
    expect(statSync(file).size).toBeGreaterThan(10_000);
    const size = pngSize(readFileSync(file));
    // full=true, scale=2: the whole graph's bounding box at twice its size
    expect(Math.abs(size.width - expected.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(size.height - expected.height)).toBeLessThanOrEqual(4);
  });

  it("the copied link reopens the same canvas with the same filter", async () => {
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: apiUrl });
    await page.getByTestId("copy-link").click();
    await page.getByText("链接已复制").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${apiUrl}/?`)).toBe(true);
    urlState.url = copied;
    urlState.facts = await canvasFacts(page);
    expect(urlState.facts.ids.length).toBe(expandedCount);

    const other = await browser.context.newPage();
    other.on("pageerror", (e) => errors.push(e.message));
    await other.goto(copied);
    await other.waitForFunction((n) => window.__ttgraphCy?.main?.nodes().length === n, urlState.facts.ids.length, {
      timeout: 20_000,
    });
    await settled(other);
    const again = await canvasFacts(other);
    expect(again.ids).toEqual(urlState.facts.ids);
    expect(again.edges).toBe(urlState.facts.edges);
    expect(again.faded).toEqual(urlState.facts.faded);
    for (const id of again.ids) {
      expect(Math.abs(again.positions[id]!.x - urlState.facts.positions[id]!.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(again.positions[id]!.y - urlState.facts.positions[id]!.y)).toBeLessThanOrEqual(1);
    }
    expect(
      await other
        .getByTestId("filter-district")
        .evaluate((s: HTMLSelectElement) => [...s.selectedOptions].map((o) => o.text)),
    ).toEqual(["龙泉驿区"]);
    await shot(other, "06-reopened");
    await other.close();
  });

  it("API down: a clear message and a retry that recovers, never a blank page", async () => {
    const p2 = await browser.context.newPage();
    await p2.route("**/graphql", (route) => route.abort());
    await p2.goto(`${apiUrl}/?n=INS-000013`);
    const banner = p2.getByTestId("api-down");
    await banner.waitFor();
    expect(await banner.innerText()).toContain("无法连接到服务器或数据库");
    expect(await p2.locator("header").innerText()).toContain("成都技术转移"); // the page is still there
    await shot(p2, "07-api-down");
    await p2.unroute("**/graphql");
    await banner.getByRole("button", { name: "重试" }).click();
    await p2.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1, undefined, { timeout: 20_000 });
    expect(await banner.count()).toBe(0);
    await p2.close();
  });

  it("switches to English and sizes nodes by degree", async () => {
    await page.getByTestId("lang-toggle").click();
    expect(await page.locator("header").innerText()).toContain("Chengdu technology transfer");
    expect(await page.getByTestId("legend").innerText()).toContain("Broker");
    await page.getByTestId("measure-select").selectOption("degree");
    // no measure before: every node had the same size; wait until the canvas has taken the mapping
    await page.waitForFunction(
      () => new Set(window.__ttgraphCy!.main!.nodes().map((n) => Number(n.data("size")))).size > 2,
    );
    const sizes: Record<string, number> = await page.evaluate(() =>
      Object.fromEntries(window.__ttgraphCy!.main!.nodes().map((n) => [n.id(), Number(n.data("size"))])),
    );
    // whole-graph degrees from the API: a node with a higher degree is never drawn smaller (the API
    // is safelisted: the explorer's own subgraph document, by its id)
    const res = await fetch(`${apiUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        documentId: (ExploreSubgraphDocument as unknown as { __meta__: { hash: string } }).__meta__.hash,
        variables: { ids: Object.keys(sizes) },
      }),
    });
    const degrees = ((await res.json()) as { data: { subgraph: { nodes: { id: string; degree: number }[] } } }).data
      .subgraph.nodes;
    const sorted = [...degrees].sort((a, b) => a.degree - b.degree);
    for (let i = 1; i < sorted.length; i++)
      expect(sizes[sorted[i]!.id]!).toBeGreaterThanOrEqual(sizes[sorted[i - 1]!.id]!);
    expect(new Set(Object.values(sizes)).size).toBeGreaterThan(2);
    await shot(page, "08-english-degree");
    await page.getByTestId("lang-toggle").click();
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
