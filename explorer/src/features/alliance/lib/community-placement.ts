/**
 * Where the closed communities go when they alone are drawn: in rows, in the given order (the
 * biggest first), each taking the room of its circle and of its label (wherever the style puts
 * it; beside the circle in the alliance view), so that no label covers another label or another
 * circle. Of the row widths, the one whose picture fits the canvas at the largest zoom is kept, so
 * the labels are drawn as big as the canvas allows.
 *
 * A force layout does not do this: fcose keeps the circles apart, not their two-line labels
 * (about four times as wide as the biggest circle), and at city scale (25 communities) the
 * labels covered each other in the centre of the canvas. Cytoscape's grid and concentric layouts
 * with avoidOverlap and nodeDimensionsIncludeLabels give every node the room of the widest and
 * tallest label: no overlap, but on the city's 25 communities they fitted at zoom 0.32 (grid) and
 * 0.22 or less (concentric), every label under 6 px on screen and so not drawn.
 */

/** A box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NodeToPlace {
  id: string;
  /** Its circle's width and height, centred on its position. */
  width: number;
  height: number;
  /** Its label's box relative to its position (null: no label). */
  label: Box | null;
}

/** The canvas the picture is fitted into, in screen pixels. */
export interface Frame {
  width: number;
  height: number;
  padding: number;
}

/** Room left between two nodes' boxes, in model pixels. */
export const PLACEMENT_GAP = { x: 16, y: 12 };

/**
 * Up to this many nodes every row width next-fit can give is tried (n² widths of n steps each:
 * about 2 ms for 25 nodes, 10 ms for 60); beyond it, only those of the first k nodes side by side.
 */
const FULL_SEARCH = 60;

export interface Placement {
  positions: Record<string, { x: number; y: number }>;
  /** The zoom at which the picture, centred on the origin, fits the frame (what cy.fit gives). */
  zoom: number;
}

/** A node's circle and label together, relative to its position. */
export function footprint(n: NodeToPlace): Box {
  const body = { x1: -n.width / 2, y1: -n.height / 2, x2: n.width / 2, y2: n.height / 2 };
  const l = n.label;
  if (!l || ![l.x1, l.y1, l.x2, l.y2].every(Number.isFinite)) return body;
  return {
    x1: Math.min(body.x1, l.x1),
    y1: Math.min(body.y1, l.y1),
    x2: Math.max(body.x2, l.x2),
    y2: Math.max(body.y2, l.y2),
  };
}

interface Item {
  id: string;
  fp: Box;
  width: number;
  /** Room above and below its anchor: the middle of its label (labels of a row are level). */
  up: number;
  down: number;
  /** From its position to its anchor. */
  anchor: number;
}

/** Next-fit rows of at most `limit` wide. */
function rows(items: readonly Item[], limit: number, gapX: number): Item[][] {
  const out: Item[][] = [];
  let row: Item[] = [];
  let width = 0;
  for (const it of items) {
    if (row.length > 0 && width + gapX + it.width > limit + 1e-6) {
      out.push(row);
      row = [];
      width = 0;
    }
    width += (row.length > 0 ? gapX : 0) + it.width;
    row.push(it);
  }
  if (row.length > 0) out.push(row);
  return out;
}

const rowWidth = (row: readonly Item[], gapX: number) =>
  row.reduce((s, it) => s + it.width, 0) + gapX * (row.length - 1);

function extent(rs: readonly Item[][], gap: { x: number; y: number }): { width: number; height: number } {
  const width = Math.max(...rs.map((r) => rowWidth(r, gap.x)));
  const height =
    rs.reduce((s, r) => s + Math.max(...r.map((it) => it.up)) + Math.max(...r.map((it) => it.down)), 0) +
    gap.y * (rs.length - 1);
  return { width, height };
}

/**
 * Positions for `nodes` in rows, in their order, left to right and top to bottom, each row
 * centred, the labels of a row level with each other (their middles on one line).
 */
export function rowPlacement(
  nodes: readonly NodeToPlace[],
  frame: Frame,
  gap: { x: number; y: number } = PLACEMENT_GAP,
): Placement {
  if (nodes.length === 0) return { positions: {}, zoom: 1 };
  const items: Item[] = nodes.map((n) => {
    const fp = footprint(n);
    const l = n.label;
    // the middle of its label (of its circle when it has none)
    const anchor = l && [l.y1, l.y2].every(Number.isFinite) ? (l.y1 + l.y2) / 2 : 0;
    return { id: n.id, fp, width: fp.x2 - fp.x1, up: anchor - fp.y1, down: fp.y2 - anchor, anchor };
  });
  // a canvas not laid out yet (no size) is taken as square
  const room = {
    width: frame.width > 2 * frame.padding ? frame.width - 2 * frame.padding : 1,
    height: frame.height > 2 * frame.padding ? frame.height - 2 * frame.padding : 1,
  };
  // Candidate row widths: those of runs of consecutive nodes side by side (each row next-fit
  // gives is one), all runs up to FULL_SEARCH nodes, beyond it only the first k nodes (k = 1 … n).
  const limits = new Set<number>();
  const starts = items.length > FULL_SEARCH ? 1 : items.length;
  for (let i = 0; i < starts; i++) {
    let w = -gap.x;
    for (let j = i; j < items.length; j++) {
      w += gap.x + items[j]!.width;
      limits.add(w);
    }
  }
  let best: { rows: Item[][]; zoom: number } | null = null;
  for (const limit of [...limits].sort((a, b) => a - b)) {
    const rs = rows(items, limit, gap.x);
    const size = extent(rs, gap);
    const zoom = Math.min(room.width / size.width, room.height / size.height);
    if (!best || zoom > best.zoom + 1e-9) best = { rows: rs, zoom };
  }
  const chosen = best!;
  const total = extent(chosen.rows, gap);
  const positions: Placement["positions"] = {};
  let top = -total.height / 2;
  for (const row of chosen.rows) {
    const up = Math.max(...row.map((it) => it.up));
    const line = top + up;
    let x = -rowWidth(row, gap.x) / 2;
    for (const it of row) {
      positions[it.id] = { x: x - it.fp.x1, y: line - it.anchor };
      x += it.width + gap.x;
    }
    top = line + Math.max(...row.map((it) => it.down)) + gap.y;
  }
  return { positions, zoom: chosen.zoom };
}
