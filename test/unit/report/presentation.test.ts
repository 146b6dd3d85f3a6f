/**
 * The shared chart options and sheets (presentation/) and the white paper's small rules: the
 * Sankey draws every deal and marks what lies outside Chengdu, the map knows which districts it
 * can draw, CSV is Excel-safe, KPI windows follow the plan, changes print as the paper says.
 */
import { describe, expect, it } from "vitest";
import { districtMapOption, mapNameOf } from "../../../presentation/charts/district-map.js";
import { districtKpiOption } from "../../../presentation/charts/kpi-option.js";
import {
  drawnTotal,
  SANKEY_WORDS_ZH,
  sankeyNodeLabel,
  sankeyOption,
} from "../../../presentation/charts/sankey-option.js";
import { sheetCsv, sheetName } from "../../../presentation/tables/sheet.js";
import { kpiWindowForYear } from "../../../graph-api/src/graph/report/kpi-window.js";
import { pointChange, relativeChange } from "../../../graph-api/src/graph/report/change.js";
import { change } from "../../../graph-api/src/white-paper/format.js";
import { reportFileName } from "../../../graph-api/src/white-paper/render-report.js";

const node = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  name: key.slice(4),
  type: key.startsWith("src") ? "Institution" : "District",
  side: key.startsWith("src") ? "SOURCE" : "TARGET",
  kind: "ENTITY",
  inChengdu: true as boolean | null,
  members: 0,
  value: 0,
  ...extra,
});

describe("sankeyOption", () => {
  const flows = {
    nodes: [
      node("src:四川大学"),
      node("src:~OTHER", { kind: "OTHER", members: 12, inChengdu: null }),
      node("dst:武侯区"),
      node("dst:渝中区", { inChengdu: false }),
      node("dst:~UNPLACED", { kind: "UNPLACED", inChengdu: null }),
    ],
    links: [
      { source: "src:四川大学", target: "dst:武侯区", deals: 3, value: 2.5, amount: 10 },
      { source: "src:四川大学", target: "dst:渝中区", deals: 1, value: 0.5, amount: 5 },
      { source: "src:~OTHER", target: "dst:~UNPLACED", deals: 2, value: 2, amount: 0 },
    ],
  };

  it("draws every link value, so the picture accounts for every deal", () => {
    const option = sankeyOption(flows) as { series: { links: { value: number }[]; data: unknown[] }[] };
    expect(option.series[0]!.links.reduce((s, l) => s + l.value, 0)).toBe(5);
    expect(drawnTotal(flows)).toBe(5);
    expect(option.series[0]!.data).toHaveLength(5);
  });

  it("names the folded nodes and marks targets outside Chengdu", () => {
    const label = (k: string) =>
      sankeyNodeLabel(
        flows.nodes.find((n) => n.key === k)!,
        SANKEY_WORDS_ZH,
      );
    expect(label("src:~OTHER")).toBe("其他 12 个");
    expect(label("dst:~UNPLACED")).toBe("未定位");
    expect(label("dst:渝中区")).toBe("渝中区（市外）");
    expect(label("dst:武侯区")).toBe("武侯区");
  });
});

describe("district map", () => {
  const names = ["锦江区", "新津县", "简阳市"];
  it("matches districts to the map by their short name (新津区 is 新津县 on the older map)", () => {
    expect(mapNameOf("新津区", names)).toBe("新津县");
    expect(mapNameOf("锦江区", names)).toBe("锦江区");
    expect(mapNameOf("成都高新区", names)).toBeNull();
  });
  it("labels a renamed area by its current name (新津县 on the map reads 新津区)", () => {
    const { option } = districtMapOption([{ name: "新津区", rate: 0.5, deals: 4 }], names, "在蓉转化率");
    const series = (option as { series: { label: { formatter: (p: { name: string }) => string } }[] }).series[0]!;
    expect(series.label.formatter({ name: "新津县" })).toBe("新津区");
    expect(series.label.formatter({ name: "锦江区" })).toBe("锦江区");
  });
  it("lists the functional zones, which have no boundary, beside the map", () => {
    const { offMap, option } = districtMapOption(
      [
        { name: "锦江区", rate: 0.8, deals: 10 },
        { name: "成都高新区", rate: 0.7, deals: 20 },
      ],
      names,
      "在蓉转化率",
    );
    expect(offMap.map((d) => d.name)).toEqual(["成都高新区"]);
    expect((option as { series: { data: { name: string; value: number }[] }[] }).series[0]!.data).toEqual([
      expect.objectContaining({ name: "锦江区", value: 80 }),
    ]);
  });
});

describe("district KPI chart", () => {
  it("draws ahead and behind bars as two series so that the legend shows both colours", () => {
    const option = districtKpiOption(
      [
        { name: "锦江区", value: 5, target: 3 },
        { name: "青羊区", value: 1, target: 3 },
      ],
      "经纪人",
    ) as { series: { name: string; data: (number | null)[]; itemStyle: { color: string } }[] };
    const [ahead, behind, target] = option.series;
    expect(ahead!.data).toEqual([5, null]);
    expect(behind!.data).toEqual([null, 1]);
    expect(ahead!.itemStyle.color).not.toBe(behind!.itemStyle.color);
    expect(target!.name).toBe("区县均摊目标");
  });
});

describe("sheets", () => {
  it("writes CSV with a BOM and RFC 4180 quoting", () => {
    const csv = sheetCsv({
      name: "x",
      columns: [{ header: "名称" }, { header: "n" }],
      rows: [
        ["a,b", 1],
        ['say "hi"', null],
      ],
    });
    expect(csv).toBe('\uFEFF名称,n\r\n"a,b",1\r\n"say ""hi""",\r\n');
  });
  it("cleans sheet names Excel refuses", () => {
    expect(sheetName("a/b:c*d?[e]")).toBe("a b c d  e ");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
  });
});

describe("white paper rules", () => {
  const plan = { from: "2024-02-04", to: "2025-12-31" };
  it("shows the plan's progress to the year's end, the year alone before the plan, the final result after", () => {
    expect(kpiWindowForYear(2024, plan).window).toEqual({ from: "2024-02-04", to: "2024-12-31" });
    expect(kpiWindowForYear(2025, plan).window).toEqual(plan);
    expect(kpiWindowForYear(2023, plan).window).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    expect(kpiWindowForYear(2026, plan).window).toEqual(plan);
  });
  it("gives relative changes for counts and point changes for rates; unknown stays unknown", () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(5, 0)).toBeNull();
    expect(pointChange(0.78, 0.75)).toBeCloseTo(0.03);
    expect(pointChange(null, 0.75)).toBeNull();
    expect(change(0.1, "RELATIVE")).toBe("+10.0%");
    expect(change(-0.00004, "POINTS")).toBe("±0.0 个百分点");
    expect(change(-0.032, "POINTS")).toBe("−3.2 个百分点");
    expect(change(null, "RELATIVE")).toBe("—");
  });
  it("names report files after the year and format", () => {
    expect(reportFileName(2025, "pdf")).toBe("ttgraph-annual-report-2025.pdf");
  });
});

describe("chart SVG", () => {
  it("is well-formed XML, so that it opens as an SVG file and rasterises to PNG", async () => {
    const { chartSvg } = await import("../../../graph-api/src/white-paper/render-chart.js");
    const { rateBarsOption } = await import("../../../presentation/charts/rate-bars-option.js");
    const svg = chartSvg(rateBarsOption([{ name: "锦江区", rate: 0.5, deals: 3 }], 0.5, "在蓉转化率"), 300, 200);
    expect(svg).toContain("font-family:'Noto Sans CJK SC'");
    // a style attribute must not contain the double quote that delimits it
    for (const m of svg.matchAll(/style="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/);
    expect(svg.match(/style="[^"]*"[^\s>/]/g)).toBeNull();
  });
});
