import { describe, expect, it } from "vitest";
import type { Box } from "./fit-viewport";
import { shelfPack } from "./pack-components";

const moved = (b: Box, o: { dx: number; dy: number }): Box => ({
  x1: b.x1 + o.dx,
  y1: b.y1 + o.dy,
  x2: b.x2 + o.dx,
  y2: b.y2 + o.dy,
});
const overlap = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

describe("shelfPack", () => {
  it("puts boxes that all sat on one point side by side, biggest first, gap apart", () => {
    // three components laid out around the same centre, as fcose draft does
    const boxes: Box[] = [
      { x1: -10, y1: -10, x2: 10, y2: 10 }, // 20 × 20
      { x1: -50, y1: -30, x2: 50, y2: 30 }, // 100 × 60
      { x1: -5, y1: -5, x2: 5, y2: 5 }, // 10 × 10
    ];
    const offsets = shelfPack(boxes, 8);
    const placed = boxes.map((b, i) => moved(b, offsets[i]!));
    // the biggest starts the first row at the origin
    expect(placed[1]).toEqual({ x1: 0, y1: 0, x2: 100, y2: 60 });
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!, 7.9)).toBe(false);
  });

  it("wraps into rows so that many isolated nodes make a block, not a line", () => {
    const boxes: Box[] = Array.from({ length: 100 }, () => ({ x1: -15, y1: -15, x2: 15, y2: 15 }));
    const placed = shelfPack(boxes, 10).map((o, i) => moved(boxes[i]!, o));
    const w = Math.max(...placed.map((b) => b.x2)) - Math.min(...placed.map((b) => b.x1));
    const h = Math.max(...placed.map((b) => b.y2)) - Math.min(...placed.map((b) => b.y1));
    expect(w / h).toBeGreaterThan(0.8);
    expect(w / h).toBeLessThan(2);
    expect(new Set(placed.map((b) => `${b.x1},${b.y1}`)).size).toBe(100);
  });

  it("leaves nothing to do for no boxes", () => {
    expect(shelfPack([], 10)).toEqual([]);
  });
});
