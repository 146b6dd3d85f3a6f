/**
 * A big canvas end to end (demo data): a link naming 1,200 nodes without positions is laid out in
 * the web worker while a status says so, the nodes stream in, names are off (a hint says why) until
 * the planner zooms in, and the URL then carries every position, so reopening it places the same
 * picture without a layout. Screenshots go to test-artifacts/big-canvas-*.png.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Core } from "cytoscape";
import neo4j from "neo4j-driver";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testDriver } from "../helpers/neo4j.js";

declare global {
  interface Window {
    __ttgraphCy?: Record<string, Core>;
  }
}

const ART = "test-artifacts";
const NODES = 1200; // above WORKER_THRESHOLD (400) and LABELLED_NODE_LIMIT (1,000)
const shot = (page: Page, name: string) => page.screenshot({ path: `${ART}/big-canvas-${name}.png` });
const count = (page: Page) => page.evaluate(() => window.__ttgraphCy?.main?.nodes().length ?? 0);
/** Nodes whose name is drawn (stylesheet or in-view bypass). */
const named = (page: Page) =>
  page.evaluate(() => window.__ttgraphCy!.main!.nodes().filter((n) => n.style("label") !== "").length);

describe("a big canvas", () => {
  let browser: TestBrowser;
  let page: Page;
  let ids: string[] = [];
  const apiUrl = inject("apiUrl");

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    const driver = testDriver();
    try {
      const res = await driver.executeQuery(
        "MATCH (n:Entity) WHERE n:Enterprise OR n:Result OR n:Broker RETURN n.id AS id ORDER BY id LIMIT $n",
        { n: neo4j.int(NODES) },
      );
      ids = res.records.map((r) => String(r.get("id")));
    } finally {
      await driver.close();
    }
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lays out in the worker with a status, streams the nodes in and names none until zoomed in", async () => {
    expect(ids).toHaveLength(NODES);
    // the status may come and go within a second: record every text it shows
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __placingSeen: string[] }).__placingSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="canvas-placing"]')?.textContent;
        if (text && !seen.includes(text)) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${apiUrl}/?n=${ids.join(",")}`);
    await page.waitForFunction((n) => window.__ttgraphCy?.main?.nodes().length === n, NODES, { timeout: 60_000 });
    await page.getByTestId("canvas-placing").waitFor({ state: "detached" });
    const seen = await page.evaluate(() => (window as unknown as { __placingSeen: string[] }).__placingSeen);
    expect(seen).toEqual([`正在布局 ${NODES} 个节点…`]);
    expect(await page.getByTestId("canvas-names-hint").innerText()).toContain("放大后显示");
    expect(await named(page)).toBe(0);
    // every node inside the canvas: the viewport was fitted to the worker's positions
    const outside = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.main!;
      const w = cy.width();
      const h = cy.height();
      return cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
      }).length;
    });
    expect(outside).toBe(0);
    // and spread: components packed side by side, not stacked on one point
    const distinct = await page.evaluate(
      () =>
        new Set(
          window.__ttgraphCy!.main!.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`),
        ).size,
    );
    expect(distinct).toBe(NODES);
    await shot(page, "01-placed");

    const box = (await page.getByTestId("canvas").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // wheel in, as a planner would, until an 11 px name is readable (zoom ≥ 8/11)
    for (let i = 0; i < 80 && (await page.evaluate(() => window.__ttgraphCy!.main!.zoom())) < 1; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(20);
    }
    await page.waitForFunction(
      () => window.__ttgraphCy!.main!.nodes().filter((n) => n.style("label") !== "").length > 0,
      undefined,
      { timeout: 10_000 },
    );
    const n = await named(page);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(150);
    await shot(page, "02-zoomed-in");
  });

  it("the URL then carries every position, and reopening it places the same picture", async () => {
    await page.waitForFunction(
      (n) => {
        const list = new URLSearchParams(location.search).get("n")?.split(",") ?? [];
        return list.length === n && list.every((p) => p.split("~").length === 3);
      },
      NODES,
      { timeout: 20_000 },
    );
    const url = page.url();
    const before = await page.evaluate(() =>
      Object.fromEntries(window.__ttgraphCy!.main!.nodes().map((n) => [n.id(), n.position()])),
    );
    const other = await browser.context.newPage();
    await other.goto(url);
    await other.waitForFunction((n) => window.__ttgraphCy?.main?.nodes().length === n, NODES, { timeout: 60_000 });
    expect(await count(other)).toBe(NODES);
    const after = await other.evaluate(() =>
      Object.fromEntries(window.__ttgraphCy!.main!.nodes().map((n) => [n.id(), n.position()])),
    );
    let moved = 0;
    for (const id of ids) {
      if (Math.abs(after[id]!.x - before[id]!.x) > 1 || Math.abs(after[id]!.y - before[id]!.y) > 1) moved++;
    }
    expect(moved).toBe(0);
    await shot(other, "03-reopened");
    await other.close();
  });
});
