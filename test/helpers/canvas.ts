/**
 * Reading and clicking the explorer's Cytoscape canvases from e2e tests. Waits are on the page's
 * state (layouts finished, nodes still), never on the clock: machines differ in speed.
 */
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";

declare global {
  interface Window {
    /** Cytoscape instances the explorer exposes for tests (explorer/src/cytoscape/use-cytoscape.ts). */
    __ttgraphCy?: Record<string, Core>;
  }
}

/** Page coordinates of a node's centre on the named canvas (for real mouse clicks). */
export function nodePoint(page: Page, id: string, cyName = "main"): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([nid, name]) => {
      const cy = window.__ttgraphCy![name!]!;
      const p = cy.getElementById(nid!).renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [id, cyName],
  );
}

/**
 * Wait until the explore canvas has settled: no node or viewport animation runs, and the URL lists
 * every node with its position (the explorer writes positions there once a layout has finished).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = window.__ttgraphCy?.main;
    const n = new URLSearchParams(location.search).get("n");
    // eles.animated() exists (js.cytoscape.org/#eles.animated) but is missing from the typings
    const moving = cy?.nodes().some((x) => (x as unknown as { animated(): boolean }).animated());
    if (!cy || !n || moving || cy.animated()) return false;
    const parts = n.split(",");
    return parts.length === cy.nodes().length && parts.every((p) => p.split("~").length === 3);
  });
}

/**
 * The node of a type on the explore canvas farthest from any other node, so that a click at its
 * centre cannot land on a neighbour drawn over it.
 */
export function loneNodeOfType(page: Page, type: string): Promise<string | undefined> {
  return page.evaluate((t) => {
    const cy = window.__ttgraphCy!.main!;
    const all = cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() }));
    let best: { id: string; gap: number } | undefined;
    cy.nodes(`[type = "${t}"]`).forEach((n) => {
      const p = n.renderedPosition();
      const gap = Math.min(
        ...all.filter((o) => o.id !== n.id()).map((o) => Math.hypot(o.x - p.x, o.y - p.y)),
        Number.POSITIVE_INFINITY,
      );
      if (!best || gap > best.gap) best = { id: n.id(), gap };
    });
    return best?.id;
  }, type);
}
