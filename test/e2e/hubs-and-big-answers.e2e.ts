/**
 * Hubs and big answers end to end (demo data, seed 2024): a hub's expand folds its biggest
 * neighbour group into one group node that opens as a paged table and by year; the details
 * panel's relationship counts say the types; an expand that adds nothing says so; at 300 nodes
 * piled on a hub a right-click opens the hub's menu; search says its total and types and finds one
 * character; size by betweenness draws the biggest value biggest with a legend; colour by community
 * uses no type colour; the journey picker sorts by deals and a busy journey opens grouped and
 * readable; a refused token says why and keeps the form; the gap matrix says its total.
 * Screenshots go to test-artifacts/hubs-*.png.
 */
import { mkdirSync } from "node:fs";
import neo4j from "neo4j-driver";
import type { Page } from "playwright-core";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signToken } from "../../graph-api/src/auth/jwt.js";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testDriver } from "../helpers/neo4j.js";
import { nodePoint, settled } from "../helpers/canvas.js";
import { testConfig } from "../helpers/test-config.js";

const ART = "test-artifacts";
const shot = (page: Page, name: string) => page.screenshot({ path: `${ART}/hubs-${name}.png` });

const nodeCount = (page: Page) => page.evaluate(() => window.__ttgraphCy?.main?.nodes().length ?? 0);

/** The demo's biggest neighbour group (relationship, direction, neighbour type) and a node with 300+ neighbours. */
interface Facts {
  hub: string;
  relType: string;
  neighbourType: string;
  direction: "OUT" | "IN";
  groupCount: number;
  pileHub: string;
  pile: string[];
}

async function demoFacts(): Promise<Facts> {
  const driver = testDriver();
  try {
    const g = await driver.executeQuery(
      `MATCH (n:Entity)-[r]->(m:Entity)
       WITH n, type(r) AS rel, [l IN labels(m) WHERE l <> 'Entity'][0] AS mt, count(*) AS c
       WHERE c > 50
       RETURN n.id AS hub, rel, mt, c ORDER BY c DESC LIMIT 1`,
    );
    const row = g.records[0]!;
    const pile = await driver.executeQuery(
      `MATCH (n:Entity) WITH n, COUNT { (n)--() } AS d ORDER BY d DESC LIMIT 1
       MATCH (n)--(m:Entity) WITH n, m ORDER BY m.id LIMIT $k
       RETURN n.id AS hub, collect(DISTINCT m.id) AS ids`,
      { k: neo4j.int(299) },
    );
    return {
      hub: String(row.get("hub")),
      relType: String(row.get("rel")),
      neighbourType: String(row.get("mt")),
      direction: "OUT",
      groupCount: Number(row.get("c")),
      pileHub: String(pile.records[0]!.get("hub")),
      pile: (pile.records[0]!.get("ids") as string[]).map(String),
    };
  } finally {
    await driver.close();
  }
}

describe("hubs and big answers", () => {
  let browser: TestBrowser;
  let page: Page;
  let facts: Facts;
  const apiUrl = inject("apiUrl");
  const queryUrl = inject("queryUrl");

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    facts = await demoFacts();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("expanding a hub folds its biggest group into one node that opens as a paged table and by year", async () => {
    await page.goto(`${apiUrl}/?n=${facts.hub}`);
    await page.waitForFunction(() => window.__ttgraphCy?.main?.nodes().length === 1);
    await settled(page);
    const p = await nodePoint(page, facts.hub);
    await page.mouse.dblclick(p.x, p.y);
    const note = page.getByTestId("expand-note");
    await note.waitFor({ timeout: 30_000 });
    expect(await note.innerText()).toMatch(/分组/);
    const groupId = `group:${facts.hub}|${facts.relType}|${facts.direction}|${facts.neighbourType}`;
    await page.waitForFunction((id) => window.__ttgraphCy!.main!.getElementById(id).nonempty(), groupId);
    const label = await page.evaluate((id) => window.__ttgraphCy!.main!.getElementById(id).data("label"), groupId);
    expect(label).toContain(facts.groupCount.toLocaleString());
    // never silently the first page: none of the group's members came onto the canvas
    const members = await page.evaluate(
      ([hub, type]) =>
        window.__ttgraphCy!.main!.nodes().filter((n) => n.data("type") === type && n.edgesWith(`#${hub}`).nonempty())
          .length,
      [facts.hub, facts.neighbourType],
    );
    expect(members).toBe(0);
    await settled(page);
    const g = await nodePoint(page, groupId);
    await page.mouse.click(g.x, g.y);
    await page.getByTestId("group-table").locator("tr").first().waitFor();
    expect(await page.getByTestId("group-range").innerText()).toContain(`共 ${facts.groupCount.toLocaleString()} 个`);
    const first = await page.getByTestId("group-table").locator("tr").allInnerTexts();
    // the first row as it is before the click (read after it, a fast answer would already show page 2)
    const firstRow = await page.getByTestId("group-table").locator("tr").first().textContent();
    await page.getByTestId("group-next").click();
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="group-table"] tr')?.textContent !== before,
      firstRow,
    );
    const second = await page.getByTestId("group-table").locator("tr").allInnerTexts();
    expect(second[0]).not.toBe(first[0]);
    expect(await page.getByTestId("group-range").innerText()).toMatch(/第 21–/);
    const years = await page.getByTestId("group-years").locator("li").allInnerTexts();
    const sum = years.reduce((a, y) => a + Number(y.split("\n").at(-1)!.replace(/,/g, "")), 0);
    expect(sum).toBe(facts.groupCount);
    // add one page of the group next to the hub
    const before = await nodeCount(page);
    await page.getByTestId("group-add-page").click();
    await page.waitForFunction((n) => window.__ttgraphCy!.main!.nodes().length === n + 20, before);
    await shot(page, "01-group");
  });

  it("the details panel names the neighbour types of each relationship; an expand that adds nothing says so", async () => {
    await page.goto(`${apiUrl}/?n=${facts.hub}&sel=${facts.hub}`);
    await page.getByTestId("details-relation").first().waitFor();
    const rows = await page.getByTestId("details-relation").allInnerTexts();
    expect(rows.some((r) => r.includes(facts.groupCount.toLocaleString()) && r.includes("（"))).toBe(true);
    const p = await nodePoint(page, facts.hub);
    await page.mouse.dblclick(p.x, p.y);
    await page.getByTestId("expand-note").waitFor({ timeout: 30_000 });
    // the note goes away after a few seconds, and the layout settles
    await page.getByTestId("expand-note").waitFor({ state: "detached", timeout: 30_000 });
    await settled(page);
    const q = await nodePoint(page, facts.hub);
    await page.mouse.dblclick(q.x, q.y);
    const again = page.getByTestId("expand-note");
    await again.waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="expand-note"]')?.textContent?.includes("没有新的邻居"),
      undefined,
      { timeout: 30_000 },
    );
  });

  it("at 300 nodes piled on a hub, a right-click there opens the hub's menu", async () => {
    const ids = [facts.pileHub, ...facts.pile];
    expect(ids.length).toBeGreaterThanOrEqual(300);
    // every node at (almost) the hub's place; the hub listed first, so it would be drawn first (under the rest)
    const n = ids.map((id, i) => `${id}~${(i % 7) - 3}~${(i % 5) - 2}`).join(",");
    await page.goto(`${apiUrl}/?n=${n}`);
    await page.waitForFunction((k) => window.__ttgraphCy?.main?.nodes().length === k, ids.length, { timeout: 60_000 });
    await settled(page);
    const p = await nodePoint(page, facts.pileHub);
    await page.mouse.click(p.x, p.y, { button: "right" });
    await page.getByTestId("context-menu").waitFor();
    const selected = await page.evaluate(() => window.__ttgraphCy!.main!.nodes(":selected").map((x) => x.id()));
    expect(selected).toEqual([facts.pileHub]);
    await shot(page, "02-pile");
  });

  it("search says its total and hits per type, pages, and finds one Chinese character", async () => {
    await page.goto(`${apiUrl}/`);
    await page.getByTestId("search-input").fill("蓉");
    await page.getByTestId("search-total").waitFor();
    const first = page.getByRole("option").first();
    expect(await first.innerText()).toContain("蓉");
    await page.getByTestId("search-input").fill("科技");
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="search-range"]')?.textContent?.startsWith("第 1–"),
    );
    const chips = await page.getByTestId("search-type").allInnerTexts();
    expect(chips.length).toBeGreaterThanOrEqual(2);
    const types = await page.locator('[role="option"] .search-box__meta').allInnerTexts();
    expect(new Set(types.map((o) => o.split(" · ")[0])).size).toBeGreaterThanOrEqual(2);
    const total = Number((await page.getByTestId("search-total").innerText()).replace(/\D/g, ""));
    if (total > 20) {
      await page.getByTestId("search-next").click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="search-range"]')?.textContent?.startsWith("第 21–"),
      );
    }
    await shot(page, "03-search");
  });

  it("size by betweenness draws the biggest value biggest, with a scale; community colours are no type colours", async () => {
    const res = await fetch(`${queryUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query:
          "{ networkEvaluation(sort: BETWEENNESS, limit: 8, edgeLimit: 0) { nodes { organisation { id } betweenness } } }",
      }),
    });
    const top = (
      (await res.json()) as { data: { networkEvaluation: { nodes: { organisation: { id: string } }[] } } }
    ).data.networkEvaluation.nodes.map((n) => n.organisation);
    const driver = testDriver();
    const broker = await driver
      .executeQuery("MATCH (b:Broker) RETURN b.id AS id ORDER BY id LIMIT 1")
      .then((r) => String(r.records[0]!.get("id")))
      .finally(() => driver.close());
    await page.goto(`${apiUrl}/?n=${[...top.map((t) => t.id), broker].join(",")}`);
    await page.waitForFunction((k) => window.__ttgraphCy?.main?.nodes().length === k, top.length + 1);
    await page.getByTestId("measure-select").selectOption("betweenness");
    await page.getByTestId("measure-scale").waitFor();
    await page.waitForFunction((id) => window.__ttgraphCy!.main!.getElementById(id).hasClass("no-value"), broker);
    const sizes = await page.evaluate(() =>
      Object.fromEntries(window.__ttgraphCy!.main!.nodes().map((n) => [n.id(), Number(n.data("size"))])),
    );
    expect(sizes[top[0]!.id]).toBe(Math.max(...Object.values(sizes)));
    expect(await page.getByTestId("measure-missing").innerText()).toContain("1 个节点没有该指标");
    await shot(page, "04-betweenness");
    await page.getByTestId("measure-select").selectOption("community");
    // communities come from the API: wait until the legend lists them and the canvas has taken the
    // mapping (under community every node gets the same size; under betweenness they differed)
    await page.waitForFunction(() => {
      const listed = document.querySelectorAll(".measure-legend__communities li").length;
      const nodes = window.__ttgraphCy!.main!.nodes().filter((n) => n.data("type") !== "Group");
      return listed > 0 && new Set(nodes.map((n) => Number(n.data("size")))).size === 1;
    });
    const colours = await page.evaluate(() =>
      window
        .__ttgraphCy!.main!.nodes()
        .filter((n) => !n.hasClass("no-value"))
        .map((n) => String(n.data("color"))),
    );
    // every node type's colour, as the legend draws it (rgb(…) → #rrggbb)
    const typeColours = new Set(
      await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="legend"] .type-dot')].map((d) => {
          const [r, g, b] = getComputedStyle(d).backgroundColor.match(/\d+/g)!.map(Number);
          return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, "0")).join("")}`;
        }),
      ),
    );
    expect(typeColours.size).toBeGreaterThanOrEqual(14);
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.filter((c) => typeColours.has(c))).toEqual([]);
  });

  it("the journey picker sorts by deals and a busy journey opens grouped, its names readable", async () => {
    await page.goto(`${apiUrl}/?v=journey`);
    await page.getByTestId("journey-picker-total").waitFor();
    const counts = (await page.getByTestId("pick-deals").allInnerTexts()).map((x) => Number(/^(\d+)/.exec(x)![1]));
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByTestId("pick-item").first().click();
    await page.getByTestId("journey-title").waitFor();
    await page.waitForFunction(() => (window.__ttgraphCy?.journey?.nodes().length ?? 0) >= 3);
    if (counts[0]! > 6) expect(await page.getByTestId("journey-grouping").inputValue()).toBe("year");
    const zoom = await page.evaluate(() => window.__ttgraphCy!.journey!.zoom());
    expect(zoom).toBeGreaterThanOrEqual(0.75);
    await shot(page, "05-journey");
  });

  it("a refused or expired token says why and keeps the form", async () => {
    await page.goto(`${apiUrl}/?v=gaps`);
    await page.getByTestId("token-sign-in").waitFor();
    const input = page.getByTestId("token-input");
    await input.fill("not-a-token");
    await input.press("Enter");
    expect(await page.getByTestId("token-problem").innerText()).toContain("不是一个令牌");
    expect(await input.inputValue()).toBe("not-a-token");
    const secret = new TextEncoder().encode(testConfig().JWT_SECRET);
    const expired = await new SignJWT({ roles: ["alliance"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(secret);
    await input.fill(expired);
    await input.press("Enter");
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="token-problem"]')?.textContent?.includes("已过期"),
    );
    // the expiry reads as a date and time in either language, not a US-style locale string
    expect(await page.locator('[data-testid="token-problem"]').textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const forged = await signToken("another-server-secret-of-at-least-32-chars", { roles: ["alliance"] });
    await input.fill(forged);
    await input.press("Enter");
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="token-problem"]')?.textContent?.includes("服务器拒绝了该令牌"),
    );
    // the Chinese page says why in Chinese, without the server's English text
    expect(await page.locator('[data-testid="token-problem"]').textContent()).not.toMatch(/[A-Za-z]{4,}/);
    expect(await input.inputValue()).toBe(forged);
    expect(await page.evaluate(() => localStorage.getItem("ttgraph.token"))).toBeNull();
    await shot(page, "06-token-refused");
    // a good token signs in; the matrix then says how many members it holds
    await input.fill(await signToken(testConfig().JWT_SECRET, { roles: ["alliance"], expiresIn: "1h" }));
    await input.press("Enter");
    await page.getByTestId("gap-total").waitFor();
    expect(await page.getByTestId("gap-total").innerText()).toMatch(/有缺口的成员(共|至少) [\d,]+ 家/);
  });
});
