/**
 * Shelf packing of laid-out components. fcose in draft quality (big graphs) lays out every
 * connected component around the same centre, so a canvas of many small components or isolated
 * nodes collapsed onto a few points (1,200 demo nodes: 42 distinct positions). fcose packs
 * components only with cytoscape-layout-utilities, whose UMD wrapper reads `window` at load (no
 * window in a web worker) and which pulls in @turf/turf; packing boxes into rows is all we need.
 */
import type { Box } from "./fit-viewport";

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * Offsets that move each box (biggest first, in rows about as wide as the total area's square
 * root, `gap` apart) so that no two overlap. Returned in the order of `boxes`.
 */
export function shelfPack(boxes: readonly Box[], gap: number): Offset[] {
  const order = boxes.map((_, i) => i).sort((a, b) => area(boxes[b]!) - area(boxes[a]!));
  const total = boxes.reduce((s, b) => s + (width(b) + gap) * (height(b) + gap), 0);
  const widest = Math.max(0, ...boxes.map(width));
  const rowWidth = Math.max(widest, Math.sqrt(total) * 1.2);
  const out: Offset[] = boxes.map(() => ({ dx: 0, dy: 0 }));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const i of order) {
    const b = boxes[i]!;
    if (x > 0 && x + width(b) > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    out[i] = { dx: x - b.x1, dy: y - b.y1 };
    x += width(b) + gap;
    rowHeight = Math.max(rowHeight, height(b));
  }
  return out;
}

const width = (b: Box): number => b.x2 - b.x1;
const height = (b: Box): number => b.y2 - b.y1;
const area = (b: Box): number => width(b) * height(b);
