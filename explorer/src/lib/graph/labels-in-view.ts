/**
 * Names on big canvases. Above LABELLED_NODE_LIMIT nodes the stylesheet draws no node names
 * (Cytoscape measures and rasterises every label on each full redraw, even when too small to read:
 * most of a 5k-element first frame in npm run bench:explorer). Once the planner zooms in far enough
 * to read them, the nodes in view get their names back, as a style bypass so that syncing data and
 * classes leaves it alone; zooming out or panning away takes them off again.
 */
import type { Core, NodeSingular } from "cytoscape";
import type { Box } from "./apply-positions";
import { NODE_FONT_SIZE as FONT_SIZE } from "./stylesheet";

/** On-screen font size (px) from which names are worth drawing. */
export const READABLE_FONT_PX = 8;
/** At most this many names at once (the nodes nearest the centre of the view). */
export const MAX_IN_VIEW_LABELS = 150;

/**
 * Ids of the nodes to name: those inside `extent` when names would be readable at `zoom`; with more
 * than `max` in view, the `max` nearest the centre of the view (where the planner is looking).
 */
export function nodesToLabel(
  nodes: readonly { id: string; x: number; y: number }[],
  extent: Box,
  zoom: number,
  max = MAX_IN_VIEW_LABELS,
): string[] {
  if (zoom * FONT_SIZE < READABLE_FONT_PX) return [];
  const inView = nodes.filter((n) => n.x >= extent.x1 && n.x <= extent.x2 && n.y >= extent.y1 && n.y <= extent.y2);
  if (inView.length <= max) return inView.map((n) => n.id);
  const cx = (extent.x1 + extent.x2) / 2;
  const cy = (extent.y1 + extent.y2) / 2;
  const d = (n: { x: number; y: number }) => (n.x - cx) ** 2 + (n.y - cy) ** 2;
  return inView
    .sort((a, b) => d(a) - d(b))
    .slice(0, max)
    .map((n) => n.id);
}

/** Keep the names of the nodes in view up to date on `cy` until the returned function is called. */
export function labelNodesInView(cy: Core, delayMs = 120): () => void {
  let labelled = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    timer = undefined;
    if (cy.destroyed()) return;
    const readable = cy.zoom() * FONT_SIZE >= READABLE_FONT_PX;
    if (!readable && labelled.size === 0) return; // zoomed out: nothing to name, skip the scan
    const nodes = readable ? cy.nodes(":visible").map((n) => ({ id: n.id(), ...n.position() })) : [];
    const want = new Set(nodesToLabel(nodes, cy.extent(), cy.zoom()));
    cy.batch(() => {
      for (const id of labelled) if (!want.has(id)) cy.getElementById(id).removeStyle("label");
      for (const id of want) {
        const n = cy.getElementById(id) as NodeSingular;
        if (!labelled.has(id) || n.style("label") !== String(n.data("label") ?? "")) {
          n.style("label", String(n.data("label") ?? ""));
        }
      }
    });
    labelled = want;
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(update, delayMs);
  };
  cy.on("viewport add", schedule);
  schedule();
  return () => {
    cy.off("viewport add", schedule);
    if (timer !== undefined) clearTimeout(timer);
    if (cy.destroyed()) return;
    cy.batch(() => {
      for (const id of labelled) cy.getElementById(id).removeStyle("label");
    });
  };
}
