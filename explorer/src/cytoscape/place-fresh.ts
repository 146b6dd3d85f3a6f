/**
 * Put a big graph that has no positions yet on an empty canvas without freezing the page
 * (npm run bench:explorer, 20k elements): lay it out in the worker from the element definitions
 * alone, set the fitted viewport, then add the elements with their final positions a chunk per
 * animation frame. Adding them all at once and moving them afterwards cost two long blocks: the
 * add (~0.45 s at 20k) and the first frame that styles, measures and draws every element for the
 * first time (~0.7 s); here each frame pays for one chunk's first draw.
 */
import type { Core, ElementDefinition, LayoutOptions } from "cytoscape";
import { STREAM_CHUNK, chunked } from "./apply-positions";
import { fitCyTo, type Point } from "./fit-viewport";
import { WORKER_THRESHOLD } from "./layouts";
import { DEFAULT_SIZE } from "../canvas-model/measures";
import { LayoutCancelled } from "./layout-job";
import { layoutInWorker, runLayout } from "./run-layout";
import { nextFrame } from "./next-frame";
import { skeletonOf } from "./skeleton";
import { syncElements } from "./sync-elements";

/** Nodes first (edges need their ends), each with its position, cut into per-frame chunks. */
export function streamChunks(
  elements: readonly ElementDefinition[],
  positions: Readonly<Record<string, Point>>,
  size = STREAM_CHUNK,
): ElementDefinition[][] {
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  for (const el of elements) {
    if (el.group === "edges") edges.push(el);
    else {
      const p = el.data.id ? positions[el.data.id] : undefined;
      nodes.push(p ? { ...el, position: { ...p } } : el);
    }
  }
  return chunked([...nodes, ...edges], size);
}

/** "done": every element is on the canvas at its laid-out position; "superseded": a newer sync took over mid-stream. */
export type PlaceOutcome = "done" | "superseded";

export interface PlaceHooks {
  /** Computes positions for a big graph; the layout worker by default. */
  layoutBig?: (skeleton: ElementDefinition[], options: LayoutOptions) => Promise<Record<string, Point>>;
  /** Elements added per frame when streaming (STREAM_CHUNK). */
  chunk?: number;
  /** Every node's position when already known (a restored link): no layout, just placement. */
  positions?: Readonly<Record<string, Point>>;
  /** Asked between steps: false once the canvas moved on (a newer sync then adds the rest). */
  isCurrent?: () => boolean;
  /** The layout's positions, as soon as they exist (so a newer sync can place the remaining nodes). */
  onPositions?: (positions: Record<string, Point>) => void;
}

/** Where nodes go when their layout was cancelled: rows of a square grid, 60 px apart. */
export function gridPositions(ids: readonly string[], step = 60): Record<string, Point> {
  const side = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  return Object.fromEntries(ids.map((id, i) => [id, { x: (i % side) * step, y: Math.floor(i / side) * step }]));
}

/**
 * Put `elements`, none of them on the canvas yet, on the empty `cy`: laid out with `options`, or
 * at `hooks.positions` when every node's position is known. Up to WORKER_THRESHOLD nodes they are
 * added at once (and laid out by runLayout, animated when small); above, they are laid out in the
 * worker first and streamed in. Without a worker (or when it fails or times out) they are added at
 * once and laid out on the main thread.
 */
export async function placeFresh(
  cy: Core,
  elements: readonly ElementDefinition[],
  options: LayoutOptions,
  hooks: PlaceHooks = {},
): Promise<PlaceOutcome> {
  const current = (): boolean => !cy.destroyed() && (hooks.isCurrent?.() ?? true);
  const nodeCount = elements.reduce((n, el) => (el.group === "edges" ? n : n + 1), 0);
  const fit = (options as { fit?: boolean }).fit !== false;
  const padding = (options as { padding?: number }).padding ?? 30;
  const small = nodeCount <= WORKER_THRESHOLD;
  if (hooks.positions && small) {
    syncElements(cy, elements, hooks.positions);
    if (fit) cy.fit(undefined, padding);
    return "done";
  }
  let positions: Readonly<Record<string, Point>> | null = hooks.positions ?? null;
  if (!positions && !small) {
    try {
      positions = await (hooks.layoutBig ?? layoutInWorker)(skeletonOf(elements), options);
    } catch (e) {
      // cancelled: the nodes still go on the canvas, in a plain grid; otherwise there is no worker
      // here (or it failed or timed out) and the main thread lays out below
      positions =
        e instanceof LayoutCancelled
          ? gridPositions(elements.filter((el) => el.group !== "edges").map((el) => String(el.data.id)))
          : null;
    }
    if (!current()) return "superseded";
    if (positions) hooks.onPositions?.({ ...positions });
  }
  if (!positions) {
    // Added at once: once the layout ends the positions are final whatever synced meanwhile
    // (runLayout itself gives way to a newer layout), so this counts as done. A big graph gets
    // here only when the worker failed or timed out: lay out on the page rather than retry it.
    syncElements(cy, elements);
    await runLayout(cy, options, { mainThread: !small });
    return cy.destroyed() ? "superseded" : "done";
  }
  if (fit) {
    let maxNodeSize = 0;
    const points: Point[] = [];
    for (const el of elements) {
      if (el.group === "edges" || !el.data.id) continue;
      const p = positions[el.data.id];
      if (p) points.push(p);
      const size = typeof el.data.size === "number" ? el.data.size : DEFAULT_SIZE;
      maxNodeSize = Math.max(maxNodeSize, size + 2); // + the 1 px border on each side
    }
    fitCyTo(cy, points, maxNodeSize, padding);
  }
  for (const [i, chunk] of streamChunks(elements, positions, hooks.chunk).entries()) {
    if (i > 0) await nextFrame();
    if (!current()) return "superseded";
    cy.add(chunk);
  }
  return "done";
}
