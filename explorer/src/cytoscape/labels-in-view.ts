/**
 * Names on big canvases. Above LABELLED_NODE_LIMIT nodes the stylesheet draws no node names (a wall
 * of text, and Cytoscape measures and rasterises every label on each full redraw). Instead, the
 * nodes that matter at the current zoom get theirs: the nodes in view ranked by `data(rank)` (the
 * chosen size measure's value, else the degree), taken greedily from the top while their name does
 * not run into a name already placed, at most MAX_IN_VIEW_LABELS. Names are drawn at LABEL_PX on
 * screen whatever the zoom (so the hubs of a fitted 2,000-node canvas are readable), as style
 * bypasses that syncing data and classes leaves alone; panning or zooming recomputes them.
 */
import type { Core, NodeSingular } from "cytoscape";
import type { Box } from "./fit-viewport";
import { labelWidth } from "../canvas-model/element-mapping";
import { NODE_FONT_SIZE } from "../canvas-model/node-styles";

/** On-screen font size (px) of the names drawn by rank. */
export const LABEL_PX = 11;
/** At most this many names at once. */
export const MAX_IN_VIEW_LABELS = 150;
/** Free room kept around each name (px, both sides together; the names' 2 px outline included), so names do not touch. */
const LABEL_GAP = 8;

export interface LabelCandidate {
  id: string;
  /** Model position of the node. */
  x: number;
  y: number;
  /** Node diameter (model px): the name sits below it. */
  size: number;
  rank: number;
  label: string;
}

/** Screen box of a name drawn at `fontPx` centred below its node (CJK characters ≈ 1 em wide, others ≈ 0.6 em). */
function labelBox(c: LabelCandidate, zoom: number, fontPx: number): Box {
  const w = labelWidth(c.label, fontPx) + LABEL_GAP;
  const sx = c.x * zoom;
  const top = (c.y + c.size / 2) * zoom + 2;
  return { x1: sx - w / 2, y1: top, x2: sx + w / 2, y2: top + fontPx * 1.3 + LABEL_GAP };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Ids of the nodes to name: those inside `extent` (model coordinates), best rank first (ties by
 * id), skipping any whose name (drawn at `fontPx` on screen) would overlap one already taken, at
 * most `max`.
 */
export function nodesToLabel(
  nodes: readonly LabelCandidate[],
  extent: Box,
  zoom: number,
  max = MAX_IN_VIEW_LABELS,
  fontPx = LABEL_PX,
): string[] {
  const inView = nodes
    .filter((n) => n.x >= extent.x1 && n.x <= extent.x2 && n.y >= extent.y1 && n.y <= extent.y2)
    .sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cell = 64;
  const grid = new Map<string, Box[]>();
  const cellsOf = (b: Box): string[] => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++)
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) out.push(`${x},${y}`);
    return out;
  };
  const taken: string[] = [];
  for (const n of inView) {
    if (taken.length >= max) break;
    const box = labelBox(n, zoom, fontPx);
    const keys = cellsOf(box);
    if (keys.some((k) => grid.get(k)?.some((b) => overlaps(b, box)))) continue;
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
    taken.push(n.id);
  }
  return taken;
}

/**
 * Model font size that draws about LABEL_PX on screen at `zoom` (never smaller than the usual
 * size), in steps of 25 %: a small zoom change keeps the size, so the labels drawn keep their
 * cached textures instead of being measured and drawn again.
 */
export function labelFontSize(zoom: number): number {
  const exact = LABEL_PX / zoom;
  if (exact <= NODE_FONT_SIZE) return NODE_FONT_SIZE;
  return NODE_FONT_SIZE * Math.pow(1.25, Math.round(Math.log(exact / NODE_FONT_SIZE) / Math.log(1.25)));
}

/** Keep the names of the nodes that matter in view up to date on `cy` until the returned function is called. */
export function labelNodesInView(cy: Core, delayMs = 120): () => void {
  let labelled = new Set<string>();
  let lastFont = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    timer = undefined;
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const nodes = cy.nodes(":visible").map((n) => ({
      id: n.id(),
      ...n.position(),
      size: Number(n.data("size")) || 28,
      rank: Number(n.data("rank")) || 0,
      label: String(n.data("label") ?? ""),
    }));
    const fontSize = labelFontSize(zoom);
    const want = new Set(nodesToLabel(nodes, cy.extent(), zoom, MAX_IN_VIEW_LABELS, fontSize * zoom));
    const sameFont = fontSize === lastFont;
    cy.batch(() => {
      for (const id of labelled) if (!want.has(id)) cy.getElementById(id).removeStyle("label font-size");
      for (const id of want) {
        if (sameFont && labelled.has(id)) continue; // already drawn as wanted
        const n = cy.getElementById(id) as NodeSingular;
        n.style({ label: String(n.data("label") ?? ""), "font-size": fontSize });
      }
    });
    labelled = want;
    lastFont = fontSize;
  };
  // after the gesture: a pan or zoom restarts the wait, so nothing is restyled while it goes on
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, delayMs);
  };
  cy.on("viewport add remove data", schedule);
  schedule();
  return () => {
    cy.off("viewport add remove data", schedule);
    if (timer !== undefined) clearTimeout(timer);
    if (cy.destroyed()) return;
    cy.batch(() => {
      for (const id of labelled) cy.getElementById(id).removeStyle("label font-size");
    });
  };
}
