/**
 * A scripted browser run of the explorer against a city-scale graph (an API already serving it):
 * expand the biggest hub (its deal and broker totals must show), open its deal group (table and
 * years), search one character and a common word, open the journey picker and the busiest journey,
 * and open the alliance view — recording for each step how long it took and the longest main-thread
 * block (Long Tasks) while it ran. Prints a table; nothing is written unless SHOTS names a folder
 * for screenshots (the alliance view once laid out).
 *
 * The alliance step lasts until its canvas is laid out; once the key-actor table below it is in
 * (the canvas has its final size then), it counts the community labels whose boxes overlap another
 * label or another community's circle or leave the canvas, and how many are drawn at 8 px or more.
 *
 *   API_URL=http://127.0.0.1:4611 NEO4J_URI=bolt://127.0.0.1:7711 npx tsx test/bench/explorer-city.bench.ts
 *
 * The hub is the agency with the most relationships, read from the database the API serves
 * (NEO4J_URI, NEO4J_PASSWORD as for the API), or HUB_ID.
 */
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { loadConfig } from "../../graph-api/src/config.js";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { launchBrowser } from "../helpers/browser.js";

const base = process.env.API_URL ?? "http://127.0.0.1:4000";

interface Step {
  step: string;
  ms: number;
  longestBlockMs: number;
  detail: string;
}

/** Run `action` while the page records Long Tasks; returns its time and the longest task. */
/** Every document of the page records its Long Tasks in window.__long from its start. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: "longtask" });
  });
}

async function measured(page: Page, step: string, action: () => Promise<string>): Promise<Step> {
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long.length = 0;
  });
  const t0 = Date.now();
  const detail = await action();
  const ms = Date.now() - t0;
  await page.waitForTimeout(300);
  const long = await page.evaluate(() => (window as unknown as { __long?: number[] }).__long ?? []);
  return { step, ms, longestBlockMs: Math.round(Math.max(0, ...long)), detail };
}

async function point(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nid) => {
    const cy = (window as unknown as { __ttgraphCy: Record<string, Core> }).__ttgraphCy.main!;
    const p = cy.getElementById(nid).renderedPosition();
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
}

/**
 * The closed communities of the alliance canvas at its current zoom: pairs of labels whose boxes
 * overlap, labels over another community's circle, labels not wholly on the canvas, and labels
 * drawn at ≥ 8 px (the others are small or hidden under Cytoscape's min-zoomed-font-size).
 */
async function communityLabels(page: Page): Promise<string> {
  const r = await page.evaluate(() => {
    const cy = (window as unknown as { __ttgraphCy: Record<string, Core> }).__ttgraphCy.alliance!;
    const only = { includeEdges: false, includeOverlays: false } as const;
    const [w, h] = [cy.width(), cy.height()];
    const nodes = cy.nodes(".community").map((n) => ({
      label: n.renderedBoundingBox({ ...only, includeNodes: false, includeLabels: true }),
      body: n.renderedBoundingBox({ ...only, includeNodes: true, includeLabels: false }),
      font: Number(n.numericStyle("font-size")) * cy.zoom(),
    }));
    // (no named helper in here: tsx wraps those in a __name call the page does not have)
    let labels = 0;
    let onNodes = 0;
    const outside = nodes.filter((n) => n.label.x1 < 0 || n.label.y1 < 0 || n.label.x2 > w || n.label.y2 > h).length;
    nodes.forEach((a, i) =>
      nodes.forEach((b, j) => {
        const l = a.label;
        if (j > i && l.x1 < b.label.x2 && b.label.x1 < l.x2 && l.y1 < b.label.y2 && b.label.y1 < l.y2) labels++;
        if (j !== i && l.x1 < b.body.x2 && b.body.x1 < l.x2 && l.y1 < b.body.y2 && b.body.y1 < l.y2) onNodes++;
      }),
    );
    const fonts = nodes.map((n) => n.font);
    return {
      count: nodes.length,
      others: cy.nodes().not(".community").length,
      labels,
      onNodes,
      outside,
      readable: fonts.filter((f) => f >= 8).length,
      smallest: Math.min(...fonts),
      biggest: Math.max(...fonts),
      zoom: cy.zoom(),
    };
  });
  return (
    `${r.count} communities (+${r.others} organisations) at zoom ${r.zoom.toFixed(2)}: ` +
    `${r.labels} overlapping label pairs, ${r.onNodes} labels over another circle, ${r.outside} off the canvas, ` +
    `${r.readable} labels ≥ 8 px (${r.smallest.toFixed(1)}–${r.biggest.toFixed(1)} px)`
  );
}

/** The agency with the most relationships (the hub a planner would struggle with). */
async function biggestAgency(): Promise<string> {
  const driver = createDriver(loadConfig(process.env));
  try {
    const { records } = await driver.executeQuery(
      "MATCH (a:Agency) RETURN a.id AS id ORDER BY COUNT { (a)--() } DESC, a.id LIMIT 1",
    );
    const id = records[0]?.get("id") as string | undefined;
    if (!id) throw new Error("no Agency in the database: load the city package first");
    return id;
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0]!;
  const shots = process.env.SHOTS;
  if (shots) mkdirSync(shots, { recursive: true });
  const hub = process.env.HUB_ID ?? (await biggestAgency());
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await recordLongTasks(page);
  const steps: Step[] = [];
  try {
    await page.goto(`${base}/?n=${hub}`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __ttgraphCy?: Record<string, { nodes(): unknown[] }> }).__ttgraphCy?.main?.nodes()
          .length === 1,
    );
    await page.waitForTimeout(800);
    steps.push(
      await measured(page, `expand the hub ${hub}`, async () => {
        const p = await point(page, hub);
        await page.mouse.dblclick(p.x, p.y);
        await page.getByTestId("expand-note").waitFor({ timeout: 60_000 });
        await page.waitForTimeout(1500);
        return page.evaluate(() =>
          (window as unknown as { __ttgraphCy: Record<string, Core> }).__ttgraphCy
            .main!.nodes(".group")
            .map((n) => String(n.data("label")))
            .join(", "),
        );
      }),
    );
    steps.push(
      await measured(page, "open the deal group", async () => {
        const id = await page.evaluate(() =>
          (window as unknown as { __ttgraphCy: Record<string, Core> }).__ttgraphCy
            .main!.nodes(".group")
            .filter((n) => n.id().includes("|SERVED|"))
            .first()
            .id(),
        );
        if (!id) return "no deal group";
        const p = await point(page, id);
        await page.mouse.click(p.x, p.y);
        await page.getByTestId("group-table").locator("tr").first().waitFor({ timeout: 60_000 });
        await page.getByTestId("group-years").locator("li").first().waitFor({ timeout: 60_000 });
        return page.getByTestId("group-range").innerText();
      }),
    );
    for (const text of ["蓉", "科技"]) {
      steps.push(
        await measured(page, `search ${text}`, async () => {
          await page.getByTestId("search-input").fill(text);
          await page.getByTestId("search-total").waitFor({ timeout: 60_000 });
          return (await page.getByTestId("search-summary").innerText()).replace(/\s+/g, " ");
        }),
      );
    }
    await page.keyboard.press("Escape");
    steps.push(
      await measured(page, "journey picker, then the busiest journey", async () => {
        await page.getByTestId("view-journey").click();
        await page.getByTestId("journey-picker-total").waitFor({ timeout: 60_000 });
        const first = await page.getByTestId("pick-item").first().innerText();
        await page.getByTestId("pick-item").first().click();
        await page.getByTestId("journey-title").waitFor({ timeout: 60_000 });
        await page.waitForTimeout(800);
        const grouping = await page.getByTestId("journey-grouping").inputValue();
        return `${first.replace(/\s+/g, " ")}; grouping ${grouping}`;
      }),
    );
    const alliance = await measured(page, "open the alliance view", async () => {
      await page.getByTestId("view-alliance").click();
      await page.getByTestId("alliance-members").waitFor({ timeout: 120_000 });
      await page.waitForFunction(
        () => !/联盟共 0 个/.test(document.querySelector('[data-testid="alliance-members"]')?.textContent ?? ""),
        undefined,
        { timeout: 120_000 },
      );
      await page.locator('[data-testid="alliance-canvas"][data-laid-out="true"]').waitFor({ timeout: 120_000 });
      return page.getByTestId("alliance-members").innerText();
    });
    // the canvas has its final size once the key-actor table below it is filled (the longest
    // block counts until then: the list of Long Tasks was emptied as the step started)
    await page.getByTestId("actors-org-row").first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    const labels = await communityLabels(page);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    steps.push({
      ...alliance,
      longestBlockMs: Math.round(Math.max(alliance.longestBlockMs, ...long)),
      detail: `${alliance.detail}; ${labels}`,
    });
    if (shots) await page.screenshot({ path: join(shots, "alliance-city.png") });
  } finally {
    await browser.close();
  }
  console.log(`API ${base}; load average (1 min) at start / end ${load.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}`);
  for (const s of steps) console.log(`${s.step}: ${s.ms} ms, longest block ${s.longestBlockMs} ms — ${s.detail}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
