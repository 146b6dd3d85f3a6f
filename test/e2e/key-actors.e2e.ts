/**
 * Key actors and the readable alliance network end to end (demo data, seed 2024), in headless
 * Chromium: for the year with the most deals, the key-actor table's first row is the organisation
 * with the highest PageRank of `networkEvaluation`, and a click on it selects and centres it on
 * the alliance canvas (opening its community) with its figures and ranks in the details panel;
 * the network opens as communities sized by members, each labelled by its two dominant chains (with
 * their share of its deals, as networkEvaluation answers them) and its biggest member, no label over
 * another label or circle at the fitted zoom; under "size by betweenness" the organisation
 * with the highest betweenness is the biggest node and the legend shows the scale; the brokers
 * tab lists brokers with their employer. Screenshots go to test-artifacts/actors-*.png.
 */
import type { Core } from "cytoscape";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testDriver } from "../helpers/neo4j.js";

declare global {
  interface Window {
    __ttgraphCy?: Record<string, Core>;
  }
}

const ART = "test-artifacts";
const shot = (page: Page, name: string) => page.screenshot({ path: `${ART}/actors-${name}.png` });

interface TopNode {
  id: string;
  name: string;
  pagerank: number;
  betweenness: number;
  community: number;
}

describe("key actors and the readable alliance network", () => {
  let browser: TestBrowser;
  let page: Page;
  let year = "";
  const apiUrl = inject("apiUrl");
  const queryUrl = inject("queryUrl");
  const errors: string[] = [];

  const evaluation = async (sort: string): Promise<TopNode[]> => {
    const res = await fetch(`${queryUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ networkEvaluation(period: { year: ${year} }, sort: ${sort}, limit: 5, edgeLimit: 0) {
          status nodes { organisation { id } name pagerank betweenness community } } }`,
      }),
    });
    const body = (await res.json()) as {
      data: {
        networkEvaluation: { status: string; nodes: (Omit<TopNode, "id"> & { organisation: { id: string } })[] };
      };
    };
    expect(body.data.networkEvaluation.status).toBe("READY");
    return body.data.networkEvaluation.nodes.map(({ organisation, ...n }) => ({ ...n, id: organisation.id }));
  };

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    const driver = testDriver();
    try {
      const r = await driver.executeQuery(
        "MATCH (d:Deal) RETURN d.signedOn.year AS y, count(*) AS c ORDER BY c DESC, y DESC LIMIT 1",
      );
      year = String(r.records[0]!.get("y"));
    } finally {
      await driver.close();
    }
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    // anonymous: a view must not ask for what needs a token (a refused request is a console error)
    page.on("response", (r) => {
      if (r.url().includes("/graphql") && r.status() >= 400) errors.push(`HTTP ${r.status()} from ${r.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const communities = async () => {
    const res = await fetch(`${queryUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ networkEvaluation(period: { year: ${year} }, limit: 5, edgeLimit: 0) {
          communities { number size deals dominantChains { name deals share } } } }`,
      }),
    });
    type Community = {
      number: number;
      size: number;
      deals: number;
      dominantChains: { name: string; deals: number; share: number }[];
    };
    const body = (await res.json()) as { data: { networkEvaluation: { communities: Community[] } } };
    return body.data.networkEvaluation.communities;
  };

  it("opens the alliance network as communities, sized by their members", async () => {
    await page.goto(`${apiUrl}/?v=alliance&p.year=${year}`);
    await page.waitForFunction(() => (window.__ttgraphCy?.alliance?.nodes(".community").length ?? 0) > 1);
    const facts = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.alliance!;
      const nodes = cy.nodes(".community");
      const biggest = nodes.max((n) => Number(n.data("members"))).ele;
      return {
        organisations: cy.nodes().not(".community").length,
        biggestSize: Number(biggest.data("size")),
        maxSize: Math.max(...nodes.map((n) => Number(n.data("size")))),
        label: String(biggest.data("label")),
      };
    });
    expect(facts.organisations).toBe(0);
    expect(facts.biggestSize).toBe(facts.maxSize);
    // Two lines: "#0 <chain> <share>% · <chain> <share>%", then "<biggest member> 等 <n> 家".
    expect(facts.label).toMatch(/^#0 .+\n.+ 等 \d+ 家$/);
    const [first] = await communities();
    expect(first!.dominantChains.length).toBeGreaterThan(0);
    const shares = first!.dominantChains.map((c) => c.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const c of first!.dominantChains) expect(c.share).toBeCloseTo(c.deals / first!.deals, 12);
    const line = facts.label.split("\n")[0]!;
    for (const c of first!.dominantChains.slice(0, 2)) {
      expect(line).toContain(c.name.slice(0, 7));
      expect(line).toContain(`${Math.round(c.share * 100)}%`);
    }
    // The side list names them too, and its tooltip gives the community's deals.
    const item = page.getByTestId("alliance-community").first();
    expect(await item.innerText()).toContain(first!.dominantChains[0]!.name);
    expect(await item.getAttribute("title")).toContain(`${first!.deals.toLocaleString()} 笔交易`);
    expect(await page.getByTestId("alliance-size-legend").innerText()).toContain("社区机构数");
    await page.locator('[data-testid="alliance-canvas"][data-laid-out="true"]').waitFor();
    // without a token the member gaps are not asked for: the view says what to do instead
    expect(await page.getByTestId("alliance-gaps-auth").innerText()).toContain("npx ttgraph token --role alliance");
    // Every community label readable at the fitted zoom: on the canvas (placed again once the
    // key-actor table below has taken its height), over no other label or circle, the biggest
    // community's drawn at 8 px or more.
    await page.waitForFunction(() => {
      const cy = window.__ttgraphCy!.alliance!;
      return cy.nodes(".community").every((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false });
        return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
      });
    });
    const labels = await page.evaluate(() => {
      const cy = window.__ttgraphCy!.alliance!;
      const only = { includeEdges: false, includeOverlays: false } as const;
      const nodes = cy.nodes(".community").map((n) => ({
        id: n.id(),
        label: n.renderedBoundingBox({ ...only, includeNodes: false, includeLabels: true }),
        body: n.renderedBoundingBox({ ...only, includeNodes: true, includeLabels: false }),
        font: Number(n.numericStyle("font-size")) * cy.zoom(),
        members: Number(n.data("members")),
      }));
      const overlaps: string[] = [];
      for (const a of nodes)
        for (const b of nodes) {
          if (a === b) continue;
          for (const [what, box] of [
            ["label", b.label],
            ["circle", b.body],
          ] as const)
            if (a.label.x1 < box.x2 && box.x1 < a.label.x2 && a.label.y1 < box.y2 && box.y1 < a.label.y2)
              overlaps.push(`${a.id} label / ${b.id} ${what}`);
        }
      const biggest = nodes.reduce((m, n) => (n.members > m.members ? n : m));
      return { count: nodes.length, overlaps, biggestFont: biggest.font };
    });
    expect(labels.count).toBeGreaterThan(1);
    expect(labels.overlaps).toEqual([]);
    expect(labels.biggestFont).toBeGreaterThanOrEqual(8);
    await shot(page, "01-communities");
  });

  it("ranks first the organisation with the highest PageRank; a click selects and centres it", async () => {
    const [top] = await evaluation("PAGERANK");
    const first = page.getByTestId("actors-org-row").first();
    await first.waitFor();
    expect(await first.getAttribute("data-id")).toBe(top!.id);
    expect(await first.innerText()).toContain(top!.name);
    await first.getByTestId("actors-pick").click();
    await page.waitForFunction((id) => window.__ttgraphCy?.alliance?.getElementById(id).selected() === true, top!.id);
    const placed = await page.evaluate((id) => {
      const cy = window.__ttgraphCy!.alliance!;
      const p = cy.getElementById(id).renderedPosition();
      return { x: p.x / cy.width(), y: p.y / cy.height(), selected: cy.$("node:selected").map((n) => n.id()) };
    }, top!.id);
    expect(placed.selected).toEqual([top!.id]);
    expect(Math.abs(placed.x - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(placed.y - 0.5)).toBeLessThan(0.05);
    expect(await page.getByTestId("alliance-community-hint").innerText()).toContain(`#${top!.community}`);
    // The details panel shows its figures with its rank among all.
    const pagerank = page.getByTestId("details-network-pagerank");
    await pagerank.waitFor();
    expect(await pagerank.innerText()).toContain(top!.pagerank.toFixed(4));
    expect(await pagerank.innerText()).toMatch(/第 1 \/ \d+/);
    await shot(page, "02-picked");
  });

  it("sorts by betweenness on the server: the first row is the top betweenness of all", async () => {
    const [top] = await evaluation("BETWEENNESS");
    await page.getByTestId("actors-sort-betweenness").click();
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=actors-org-row]")?.getAttribute("data-id") === id,
      top!.id,
    );
  });

  it("under size by betweenness the highest betweenness is the biggest node, with the scale in the legend", async () => {
    const top = await evaluation("BETWEENNESS");
    await page.getByTestId("alliance-mode-orgs").click();
    await page.getByTestId("alliance-size").selectOption("betweenness");
    await page.waitForFunction(() => (window.__ttgraphCy?.alliance?.nodes().length ?? 0) > 5);
    await page.waitForFunction((id) => {
      const cy = window.__ttgraphCy!.alliance!;
      const sizes = cy.nodes().map((n) => Number(n.data("size")));
      return Number(cy.getElementById(id).data("size")) === Math.max(...sizes);
    }, top[0]!.id);
    // The whole network's top organisations are drawn, no community is open.
    expect(await page.getByTestId("alliance-community-hint").count()).toBe(0);
    expect(await page.getByTestId("alliance-stats").innerText()).toMatch(/显示前 1[05]0 个/);
    const legend = await page.getByTestId("alliance-size-legend").innerText();
    expect(legend).toContain("中介中心性");
    expect(await page.getByTestId("legend-hi").innerText()).toBe(top[0]!.betweenness.toFixed(4));
    await shot(page, "03-betweenness");
  });

  it("lists the brokers with their brokerage roles and employer", async () => {
    await page.getByTestId("actors-tab-brokers").click();
    const rows = page.getByTestId("actors-broker-row");
    await rows.first().waitFor();
    const text = await page.getByTestId("actors-brokers").innerText();
    expect(text).toContain("经纪人");
    expect(text).toContain("所在单位");
    // A broker row names its employer (a cell other than "–").
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-testid=actors-broker-row]")].some(
        (r) => r.children[2]?.textContent === "经纪人" && (r.children[3]?.textContent ?? "–") !== "–",
      ),
    );
    await shot(page, "04-brokers");
  });

  it("raised no page errors and no refused requests", () => {
    expect(errors).toEqual([]);
  });
});
