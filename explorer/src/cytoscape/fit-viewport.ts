/**
 * The viewport that fits a set of positions, worked out from the positions themselves rather than
 * from Cytoscape's bounding boxes (which restyle and measure every element in one task: 1.4 s at
 * 20k elements, npm run bench:explorer); and the plane's geometry (Point, Box) the layouts share.
 */
import type { Core } from "cytoscape";

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface FitInput {
  positions: readonly Point[];
  /** Largest node diameter (model px): node centres are padded by half of it. */
  maxNodeSize: number;
  width: number;
  height: number;
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/** The zoom and pan that fit all `positions` (with node extents) into a width × height canvas, as cy.fit does. */
export function fitViewport(input: FitInput): Viewport | null {
  const { positions, width, height, padding } = input;
  if (positions.length === 0 || width <= 0 || height <= 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  const half = input.maxNodeSize / 2;
  x1 -= half;
  y1 -= half;
  x2 += half;
  y2 += half;
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const raw = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(input.maxZoom, Math.max(input.minZoom, raw));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

/** Set `cy`'s viewport to fit `positions` (nodes up to `maxNodeSize` across) with the layout's padding. */
export function fitCyTo(cy: Core, positions: readonly Point[], maxNodeSize: number, padding: number): void {
  const viewport = fitViewport({
    positions,
    maxNodeSize,
    width: cy.width(),
    height: cy.height(),
    padding,
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
  });
  if (viewport) cy.viewport(viewport);
}
