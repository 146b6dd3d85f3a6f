import { describe, expect, it } from "vitest";
import { labelWidth } from "../../../canvas-model/element-mapping";
import { chainsText } from "./community-elements";
import { footprint, rowPlacement, type Box, type NodeToPlace } from "./community-placement";
import { scaledSize } from "./network-elements";

// The alliance style of a community node (network-style.ts): font-size mapData(size, 16, 70, 11, 16),
// text-max-width 260px, 2 px white outline; the label right of the circle (4 px away) when the
// communities are placed in rows, below it (3 px away) otherwise.
const fontOf = (size: number) => 11 + ((size - 16) * 5) / 54;
const MAX_WIDTH = 260;

/** A label's box as Cytoscape draws it beside or below a circle of `size`, estimated from its text. */
function labelBox(text: string, size: number, side: "right" | "below" = "right"): Box {
  const font = fontOf(size);
  let lines = 0;
  let width = 0;
  for (const line of text.split("\n")) {
    const w = labelWidth(line, font);
    lines += Math.ceil(w / MAX_WIDTH); // wider lines wrap
    width = Math.max(width, Math.min(w, MAX_WIDTH));
  }
  const height = lines * font * 1.25 + 4;
  if (side === "right") return { x1: size / 2 + 2, x2: size / 2 + 6 + width, y1: -height / 2, y2: height / 2 };
  return { x1: -width / 2 - 2, x2: width / 2 + 2, y1: size / 2 - 1, y2: size / 2 - 1 + height };
}

/** The city's communities over all dates (sizes as the city package has them), labelled as the explorer does. */
const CITY_SIZES = [
  3327, 2768, 2131, 2056, 1773, 1454, 1402, 1266, 1236, 1198, 1056, 1051, 937, 927, 859, 833, 801, 771, 733, 703, 595,
  568, 560, 510, 325,
];
const CHAINS = ["集成电路", "高端软件", "人工智能", "创新药(含中医药)", "轨道交通装备", "航空航天"];
const NAMES = ["成都腾智科技咨询有限公司", "四川大学科技园", "重庆渝北区睿星科技成果转化服务中心", "西南民族大学"];

function communities(sizes: readonly number[], side: "right" | "below" = "right"): NodeToPlace[] {
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  return sizes.map((members, i) => {
    const size = scaledSize(members, lo, hi);
    const chains = chainsText([
      { name: CHAINS[i % CHAINS.length]!, share: 0.13 },
      { name: CHAINS[(i + 3) % CHAINS.length]!, share: 0.11 },
    ]);
    const biggest = NAMES[i % NAMES.length]!;
    const label = `#${i} ${chains}\n${biggest.length > 10 ? `${biggest.slice(0, 9)}…` : biggest} 等 ${members} 家`;
    return { id: `community:${i}`, width: size, height: size, label: labelBox(label, size, side) };
  });
}

const at = (b: Box, p: { x: number; y: number }): Box => ({
  x1: b.x1 + p.x,
  x2: b.x2 + p.x,
  y1: b.y1 + p.y,
  y2: b.y2 + p.y,
});
const cross = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Labels over another label or another node's circle, as "label i / label j" and "label i / circle j". */
function overlaps(nodes: readonly NodeToPlace[], positions: Record<string, { x: number; y: number }>): string[] {
  const labels = nodes.map((n) => at(n.label!, positions[n.id]!));
  const bodies = nodes.map((n) =>
    at({ x1: -n.width / 2, x2: n.width / 2, y1: -n.height / 2, y2: n.height / 2 }, positions[n.id]!),
  );
  const out: string[] = [];
  labels.forEach((a, i) =>
    nodes.forEach((_, j) => {
      if (j > i && cross(a, labels[j]!)) out.push(`label ${i} / label ${j}`);
      if (j !== i && cross(a, bodies[j]!)) out.push(`label ${i} / circle ${j}`);
      if (j > i && cross(bodies[i]!, bodies[j]!)) out.push(`circle ${i} / circle ${j}`);
    }),
  );
  return out;
}

/** The alliance canvas at 1366×768 (the key-actor table below it, the side list beside it). */
const CANVAS = { width: 806, height: 356, padding: 20 };

describe("rowPlacement", () => {
  const city = communities(CITY_SIZES);

  it("places the city's 25 communities with no label over another label or circle", () => {
    const { positions } = rowPlacement(city, CANVAS);
    expect(Object.keys(positions)).toHaveLength(25);
    expect(overlaps(city, positions)).toEqual([]);
  });

  it("finds the overlaps of the force layout it replaces (fcose's positions at city scale)", () => {
    // the positions fcose gave the city's 25 communities (all dates), whose labels were below them
    const below = communities(CITY_SIZES, "below");
    const fcose = [
      [429, 355], [363, 370], [284, 329], [377, 301], [299, 264], [256, 181], [180, 159], [433, 71], [60, 291],
      [186, 46], [250, 508], [185, 273], [74, 182], [452, 142], [504, 120], [394, 58], [65, 394], [269, 570],
      [383, 585], [128, 484], [537, 158], [470, 83], [349, 24], [579, 213], [178, 499],
    ] as const; // prettier-ignore
    const positions = Object.fromEntries(below.map((n, i) => [n.id, { x: fcose[i]![0], y: fcose[i]![1] }]));
    const found = overlaps(below, positions);
    expect(found).toContain("label 0 / label 1");
    expect(found.length).toBeGreaterThan(20);
  });

  it("fits them at a zoom where the biggest ones' labels are drawn at 8 px or more", () => {
    const { positions, zoom } = rowPlacement(city, CANVAS);
    // the zoom it reports is the one that fits the picture (with its labels) into the canvas
    const boxes = city.map((n) => at(footprint(n), positions[n.id]!));
    const width = Math.max(...boxes.map((b) => b.x2)) - Math.min(...boxes.map((b) => b.x1));
    const height = Math.max(...boxes.map((b) => b.y2)) - Math.min(...boxes.map((b) => b.y1));
    expect(zoom).toBeCloseTo(Math.min((CANVAS.width - 40) / width, (CANVAS.height - 40) / height), 9);
    const readable = city.filter((n) => fontOf(n.height) * zoom >= 8).length;
    expect(readable).toBeGreaterThanOrEqual(4);
  });

  it("puts the biggest first, in rows whose labels are level", () => {
    const { positions } = rowPlacement(city, CANVAS);
    const p = city.map((n) => positions[n.id]!);
    expect(p[0]!.y).toBeLessThan(p[24]!.y);
    expect(p[0]!.x).toBeLessThan(p[1]!.x);
    // first row: the middles of the labels (beside their circles: the circles' centres) are level
    const middle = (i: number) => p[i]!.y + (city[i]!.label!.y1 + city[i]!.label!.y2) / 2;
    expect(middle(0)).toBeCloseTo(middle(1), 9);
    expect(p[0]!.y).toBeCloseTo(p[1]!.y, 9);
  });

  it("places a year's communities (many of 3 organisations) without overlaps too, the same way each time", () => {
    const year = communities([
      818, 652, 447, 387, 374, 315, 310, 296, 285, 260, 252, 244, 225, 224, 184, 154, 152, 149, 146, 136, 129, 121, 117,
      115, 115, 101, 4, 3, 3, 3, 3, 3, 3, 3,
    ]);
    for (const frame of [CANVAS, { width: 390, height: 500, padding: 20 }, { width: 1600, height: 300, padding: 20 }]) {
      const { positions } = rowPlacement(year, frame);
      expect(overlaps(year, positions)).toEqual([]);
      expect(rowPlacement(year, frame).positions).toEqual(positions);
    }
  });

  it("handles no nodes, one node, unlabelled nodes and a canvas without size", () => {
    expect(rowPlacement([], CANVAS)).toEqual({ positions: {}, zoom: 1 });
    const one = rowPlacement(city.slice(0, 1), CANVAS);
    expect(Object.keys(one.positions)).toEqual(["community:0"]);
    const bare = [
      { id: "a", width: 30, height: 30, label: null },
      { id: "b", width: 30, height: 30, label: { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity } },
    ];
    const { positions } = rowPlacement(bare, { width: 0, height: 0, padding: 20 });
    expect(
      Math.abs(positions.a!.x - positions.b!.x) + Math.abs(positions.a!.y - positions.b!.y),
    ).toBeGreaterThanOrEqual(30);
  });
});
