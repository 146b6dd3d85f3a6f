import { describe, expect, it } from "vitest";
import { chunked } from "./apply-positions";
import { fitViewport } from "./fit-viewport";

const base = { maxNodeSize: 20, width: 1000, height: 500, padding: 30, minZoom: 0.05, maxZoom: 4 };

describe("fitViewport", () => {
  it("fits the positions plus half a node into the canvas minus padding, centred", () => {
    // Box with nodes: x -10..210 (220 wide), y -10..110 (120 high).
    // zoom = min((1000-60)/220, (500-60)/120) = min(4.2727, 3.6667) = 3.6667
    const v = fitViewport({
      ...base,
      positions: [
        { x: 0, y: 0 },
        { x: 200, y: 100 },
      ],
    })!;
    expect(v.zoom).toBeCloseTo(440 / 120, 6);
    // The box centre (100, 50) lands on the canvas centre (500, 250).
    expect(v.pan.x + v.zoom * 100).toBeCloseTo(500, 6);
    expect(v.pan.y + v.zoom * 50).toBeCloseTo(250, 6);
  });
  it("clamps the zoom to the canvas limits", () => {
    expect(fitViewport({ ...base, positions: [{ x: 5, y: 5 }] })!.zoom).toBe(4); // 20 px box -> 22
    const far = fitViewport({
      ...base,
      positions: [
        { x: 0, y: 0 },
        { x: 100000, y: 0 },
      ],
    })!;
    expect(far.zoom).toBe(0.05); // 940 / 100020 = 0.0094
  });
  it("has nothing to fit without positions or a canvas", () => {
    expect(fitViewport({ ...base, positions: [] })).toBeNull();
    expect(fitViewport({ ...base, width: 0, positions: [{ x: 0, y: 0 }] })).toBeNull();
  });
});

describe("chunked", () => {
  it("splits in order into chunks of at most the size", () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 2)).toEqual([]);
  });
});
