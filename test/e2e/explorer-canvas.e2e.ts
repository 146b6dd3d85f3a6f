/**
 * Canvas tools end to end (demo data, seed 2024): context-menu expand by relationship type with
 * counts, undo/redo, shortest path between two selected nodes, named saved views, and the SVG,
 * GraphML, CSV and Cytoscape JSON exports. Screenshots go to test-artifacts/explorer-canvas-*.png.
 */
import type { EdgeSingular } from "cytoscape";
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { nodePoint, settled } from "../helpers/canvas.js";

const ART = "test-artifacts";
const count = (page: Page) => page.evaluate(() => window.__ttgraphCy?.main?.nodes().length ?? 0);

async function addBySearch(page: Page, text: string, expectName: string): Promise<void> {
  await page.getByTestId("search-input").fill(text);
  const first = page.getByTestId("search-results").getByRole("option").first();
  await first.waitFor();
  expect(await first.innerText()).toContain(expectName);
  await page.getByTestId("search-input").press("Enter");
}

async function download(page: Page, testId: string, file: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  await d.saveAs(`${ART}/${file}`);
  return readFileSync(`${ART}/${file}`, "utf8");
}

describe("explorer canvas tools", () => {
  let browser: TestBrowser;
  let page: Page;
  const apiUrl = inject("apiUrl");
  const queryUrl = inject("queryUrl");

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(`${apiUrl}/`);
    await page.getByTestId("canvas-empty").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the context menu lists relationship counts and expands one type", async () => {
    await addBySearch(page, "成都大学", "成都大学");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1);
    await settled(page);
    const p = await nodePoint(page, "INS-000013");
    await page.mouse.click(p.x, p.y, { button: "right" });
    const menu = page.getByTestId("context-menu");
    await menu.getByText("研发 12（科技成果 12）").waitFor(); // DEVELOPED: 12 results (details panel agrees)
    await page.screenshot({ path: `${ART}/explorer-canvas-01-menu.png` });
    await menu.getByText("研发 12（科技成果 12）").click();
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 13);
    const types = await page.evaluate(() =>
      [...new Set(window.__ttgraphCy!.main!.nodes().map((n) => n.data("type") as string))].sort(),
    );
    expect(types).toEqual(["Institution", "Result"]);
  });

  it("undo and redo step through canvas changes", async () => {
    await page.getByRole("button", { name: /撤销/ }).click();
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1);
    await page.getByRole("button", { name: /重做/ }).click();
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 13);
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1);
    await page.keyboard.press("Control+y");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 13);
  });

  it("finds and highlights a shortest path between two selected nodes", async () => {
    // the district itself, not one of the events or organisations named after it
    await page.getByTestId("search-input").fill("成都高新区");
    await page.getByTestId("search-results").getByRole("option").filter({ hasText: "DST-519901" }).click();
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 14);
    await settled(page);
    const a = await nodePoint(page, "INS-000013");
    const b = await nodePoint(page, "DST-519901");
    await page.mouse.click(a.x, a.y);
    await page.keyboard.down("Shift");
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up("Shift");
    await page.getByTestId("shortest-path").click();
    await page.waitForFunction(() => (window.__ttgraphCy?.main?.elements(".path").length ?? 0) > 0, undefined, {
      timeout: 20_000,
    });
    const path = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.main!;
      return { nodes: cy.nodes(".path").map((n) => n.id()), edges: cy.edges(".path").length };
    });
    expect(path.nodes).toContain("INS-000013");
    expect(path.nodes).toContain("DST-519901");
    expect(path.edges).toBe(path.nodes.length - 1);
    // selecting two nodes quickly must not expand either (cytoscape's dbltap spans targets)
    expect(await count(page)).toBeLessThanOrEqual(14 + path.nodes.length);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${ART}/explorer-canvas-02-path.png` });
  });

  it("saves a named view and reopens it after clearing the canvas", async () => {
    const before = await count(page);
    await page.getByTestId("tab-share").click();
    await page.getByLabel("视图名称").fill("成都大学成果");
    await page.getByRole("button", { name: "保存视图" }).click();
    await page.getByRole("button", { name: "清空画布" }).click();
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 0);
    await page.getByRole("button", { name: "成都大学成果", exact: true }).click();
    await page.waitForFunction((n) => window.__ttgraphCy?.main?.nodes().length === n, before, { timeout: 20_000 });
  });

  it("exports SVG, CSV, GraphML and Cytoscape JSON of the visible graph", async () => {
    const ids = await page.evaluate(() =>
      window
        .__ttgraphCy!.main!.nodes()
        .map((n) => n.id())
        .sort(),
    );
    const svg = await download(page, "export-svg", "explorer-canvas-export.svg");
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain("成都大学");
    const csv = await download(page, "export-csv-nodes", "explorer-canvas-nodes.csv");
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rows[0]!.startsWith("id,type,name,")).toBe(true);
    expect(
      rows
        .slice(1)
        .map((r) => r.split(",")[0])
        .sort(),
    ).toEqual(ids);
    const graphml = await download(page, "export-graphml", "explorer-canvas.graphml");
    expect(graphml.match(/<node id=/g)).toHaveLength(ids.length);
    const cyjs = JSON.parse(await download(page, "export-cyjson", "explorer-canvas.cyjs")) as {
      elements: { nodes: unknown[] };
    };
    expect(cyjs.elements.nodes).toHaveLength(ids.length);
  });

  it("works from the keyboard: N selects, Enter expands, H hides, Ctrl+Z undoes", async () => {
    await page.getByRole("button", { name: "清空画布" }).click();
    await page.getByRole("tab", { name: "详情" }).click();
    await addBySearch(page, "cddx", "成都大学");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1);
    await settled(page);
    await page.getByTestId("canvas").focus();
    await page.keyboard.press("Escape");
    await page.keyboard.press("n");
    await page.screenshot({ path: `${ART}/explorer-canvas-03-keyboard.png` });
    await page.getByTestId("details-panel").getByText("INS-000013").waitFor({ timeout: 5000 });
    await page.keyboard.press("Enter");
    // every neighbour of 成都大学 (its degree in the demo data, from the API) joins it
    const res = await fetch(`${queryUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "INS-000013") { degree } }' }),
    });
    const degree = ((await res.json()) as { data: { node: { degree: number } } }).data.node.degree;
    await page.waitForFunction((n) => (window.__ttgraphCy?.main?.nodes().length ?? 0) === n, degree + 1, {
      timeout: 20_000,
    });
    await page.getByTestId("canvas").focus();
    await page.keyboard.press("h");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes(".hidden").length === 1);
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes(".hidden").length === 0);
  });

  it("shows a clicked relationship's details and plays the year slider", async () => {
    await settled(page);
    const mid = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.main!;
      // A point on a DEVELOPED edge that no node covers and no other edge passes near, so the
      // click can only hit that edge (node labels do not take events; edges are straight here).
      type P = { x: number; y: number };
      const nearSegment = (p: P, a: P, b: P) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
      const ends = (x: EdgeSingular): [P, P] => [x.source().renderedPosition(), x.target().renderedPosition()];
      let found: { e: EdgeSingular; p: P } | undefined;
      for (const e of cy.edges('[type = "DEVELOPED"]').toArray() as EdgeSingular[]) {
        const [a, b] = ends(e);
        for (let t = 0.3; t <= 0.7 && !found; t += 0.05) {
          const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          const onNode = boxes.some((bb) => p.x > bb.x1 - 6 && p.x < bb.x2 + 6 && p.y > bb.y1 - 6 && p.y < bb.y2 + 6);
          const nearOther = (cy.edges().toArray() as EdgeSingular[]).some(
            (o) => o.id() !== e.id() && nearSegment(p, ...ends(o)) < 6,
          );
          if (!onNode && !nearOther) found = { e, p };
        }
        if (found) break;
      }
      if (!found) throw new Error("no DEVELOPED edge has a point clear of nodes and other edges");
      const { e, p } = found;
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, target: e.target().data("name") as string };
    });
    await page.mouse.click(mid.x, mid.y);
    const panel = page.getByTestId("details-panel");
    await panel.getByText("研发").first().waitFor();
    expect(await panel.innerText()).toContain("成都大学"); // from
    expect(await panel.innerText()).toContain(mid.target); // to
    await page.getByTestId("year-play").click();
    await page.getByTestId("filter-status").waitFor(); // a year filter is now active
    const legend = await page.locator(".filter-range legend").innerText();
    const [from, to] = legend.split(": ")[1]!.split(" – ").map(Number);
    expect(to).toBe(from);
    await page.getByTestId("year-play").click(); // pause
    await page.getByRole("button", { name: "清除筛选" }).click();
  });

  it("switches to the WebGL renderer keeping the picture", async () => {
    await settled(page);
    const before = await page.evaluate(() =>
      window
        .__ttgraphCy!.main!.nodes()
        .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`),
    );
    await page.getByLabel("WebGL 渲染").check();
    await page.waitForFunction(() =>
      Boolean(
        (window.__ttgraphCy?.main as unknown as { renderer(): { webgl?: unknown } } | undefined)?.renderer().webgl,
      ),
    );
    await page.waitForFunction((n) => window.__ttgraphCy?.main?.nodes().length === n, before.length);
    const after = await page.evaluate(() =>
      window
        .__ttgraphCy!.main!.nodes()
        .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`),
    );
    expect(after.filter((a) => !before.includes(a))).toEqual([]);
    await page.screenshot({ path: `${ART}/explorer-canvas-04-webgl.png` });
    await page.getByLabel("WebGL 渲染").uncheck();
  });
});
