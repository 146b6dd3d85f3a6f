import { describe, expect, it } from "vitest";
import { LABEL_PX, labelFontSize, nodesToLabel, type LabelCandidate } from "./labels-in-view";
import { NODE_FONT_SIZE } from "../canvas-model/node-styles";

const c = (id: string, x: number, y: number, rank: number, label = "名称"): LabelCandidate => ({
  id,
  x,
  y,
  size: 28,
  rank,
  label,
});
const extent = { x1: 0, y1: 0, x2: 1000, y2: 1000 };

describe("names on big canvases", () => {
  it("names the best-ranked nodes in view first, not the ones nearest the centre", () => {
    const nodes = [c("centre", 500, 500, 1), c("hub", 100, 100, 90), c("mid", 800, 800, 40), c("out", 2000, 0, 99)];
    expect(nodesToLabel(nodes, extent, 1, 2)).toEqual(["hub", "mid"]);
  });

  it("skips a name that would run into a better-ranked one, and keeps apart ones", () => {
    // at zoom 0.2 the three nodes sit 4 px apart on screen: only the best keeps its name
    const close = [c("a", 100, 100, 5), c("b", 120, 100, 9), c("c", 140, 100, 7), c("far", 900, 900, 1)];
    expect(nodesToLabel(close, extent, 0.2)).toEqual(["b", "far"]);
    // zoomed in, they are 40 px apart horizontally but the names (2 CJK characters ≈ 26 px) fit
    expect(nodesToLabel(close, extent, 2)).toEqual(["b", "c", "a", "far"]);
  });

  it("draws names at a readable size whatever the zoom, in steps", () => {
    for (const zoom of [0.05, 0.1, 0.25, 0.5, 0.9]) {
      const px = labelFontSize(zoom) * zoom;
      expect(px).toBeGreaterThanOrEqual(LABEL_PX / 1.12);
      expect(px).toBeLessThanOrEqual(LABEL_PX * 1.12);
    }
    expect(labelFontSize(0.25)).toBe(labelFontSize(0.26)); // a small zoom change keeps the size
    expect(labelFontSize(3)).toBe(NODE_FONT_SIZE);
  });
});
