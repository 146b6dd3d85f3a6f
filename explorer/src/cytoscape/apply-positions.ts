/**
 * Positions onto a live canvas without one long main-thread block (npm run bench:explorer, 20k
 * elements): worker positions applied a chunk per animation frame after the fitted viewport is set,
 * and the canvas's positions read back.
 */
import type { CollectionArgument, Core, LayoutOptions, NodeSingular } from "cytoscape";
import { fitCyTo, type Point } from "./fit-viewport";
import { nextFrame } from "./next-frame";

/** Nodes per animation frame when applying worker positions: a frame restyles and redraws what moved. */
export const POSITION_CHUNK = 2000;

/** Elements added per animation frame when a big graph streams onto an empty canvas (place-fresh.ts). */
export const STREAM_CHUNK = 2000;

/** Split `items` into consecutive chunks of at most `size`. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}

/** Every node's current position, by id (for the store, the URL and restores). */
export function readPositions(cy: Core): Record<string, Point> {
  const out: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/**
 * Set the fitted viewport first (worked out from the positions: cy.fit would measure every
 * element in one go), then move the nodes a chunk per frame so each frame restyles and redraws
 * only what moved. Stops between chunks once `isCurrent()` is false (a newer layout took over).
 */
export async function applyPositions(
  cy: Core,
  positions: Record<string, { x: number; y: number }>,
  options: LayoutOptions,
  isCurrent: () => boolean,
): Promise<void> {
  const nodes = cy.nodes().toArray();
  const fit = (options as { fit?: boolean }).fit !== false;
  if (fit) {
    let maxNodeSize = 0;
    for (const n of nodes) maxNodeSize = Math.max(maxNodeSize, n.outerWidth(), n.outerHeight());
    const padding = (options as { padding?: number }).padding ?? 30;
    fitCyTo(
      cy,
      nodes.map((n) => positions[n.id()] ?? n.position()),
      maxNodeSize,
      padding,
    );
  }
  const parts = chunked(nodes, POSITION_CHUNK);
  for (const [i, part] of parts.entries()) {
    if (i > 0) await nextFrame();
    if (cy.destroyed() || !isCurrent()) return;
    cy.collection(part as unknown as CollectionArgument).positions(
      (n) => positions[n.id()] ?? { ...(n as NodeSingular).position() },
    );
  }
}
