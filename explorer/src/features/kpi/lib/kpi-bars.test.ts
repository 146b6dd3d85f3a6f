import { describe, expect, it } from "vitest";
import { districtMatrix, kpiBars, type KpiInput } from "./kpi-bars";

const indicators: KpiInput[] = [
  {
    key: "TALENTS",
    label: "人才",
    target: 5000,
    current: 336,
    ratio: 336 / 5000,
    met: false,
    unassigned: 27,
    byDistrict: [
      { districtId: "D1", name: "温江区", inChengdu: true, value: 54 },
      { districtId: "D2", name: "金牛区", inChengdu: true, value: 27 },
      { districtId: "X1", name: "雁塔区", inChengdu: false, value: 60 },
    ],
  },
  {
    key: "TRAINING_EVENTS",
    label: "实训",
    target: 100,
    current: 120,
    ratio: 1.2,
    met: true,
    unassigned: 0,
    byDistrict: [{ districtId: "D2", name: "金牛区", inChengdu: true, value: 8 }],
  },
];

describe("kpiBars", () => {
  it("turns ratios into percentages and caps the fill at the track", () => {
    const [talents, events] = kpiBars(indicators);
    // 336 / 5000 = 6.72 % → 6.7
    expect(talents).toMatchObject({ percent: 6.7, fill: 6.7, met: false, remaining: 4664 });
    // 120 / 100 = 120 %: the label says 120, the bar stops at 100
    expect(events).toMatchObject({ percent: 120, fill: 100, met: true, remaining: 0 });
  });
});

describe("districtMatrix", () => {
  const rows = districtMatrix(indicators);
  it("lists Chengdu districts first, by total, then districts elsewhere", () => {
    // 金牛区 27 + 8 = 35 < 温江区 54; 雁塔区 (outside) last despite 60
    expect(rows.map((r) => r.name)).toEqual(["温江区", "金牛区", "雁塔区"]);
  });
  it("fills missing values with 0 and scales bars to each indicator's largest district", () => {
    const jinniu = rows.find((r) => r.districtId === "D2")!;
    expect(jinniu.values).toEqual({ TALENTS: 27, TRAINING_EVENTS: 8 });
    // talents: largest is 雁塔区 60 → 27 / 60 = 45 %; events: 8 / 8 = 100 %
    expect(jinniu.widths).toEqual({ TALENTS: 45, TRAINING_EVENTS: 100 });
    const wenjiang = rows.find((r) => r.districtId === "D1")!;
    expect(wenjiang.values.TRAINING_EVENTS).toBe(0);
    expect(wenjiang.widths.TRAINING_EVENTS).toBe(0);
  });
});
