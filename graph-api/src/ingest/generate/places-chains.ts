/**
 * Districts and industrial chains. Chengdu's 20 districts/counties (with their adcodes) and three
 * functional zones, and the 17 confirmed key chains, come from the reference under their real
 * names. A few districts outside Chengdu (Chongqing and other cities, inChengdu = false) are added
 * so that deals can leave the city; their codes are GB/T 2260 adcodes.
 */
import type { Ctx, Rows } from "./context.js";
import { NO_DISTRICT, Zone } from "./context.js";
import { ID_PREFIX, nodeId } from "./ids.js";
import { loadReference } from "./reference.js";

const OUTSIDE: { name: string; nameEn: string; city: string; code: string; zone: Zone }[] = [
  { name: "渝中区", nameEn: "Yuzhong District", city: "重庆市", code: "500103", zone: Zone.Chongqing },
  { name: "江北区", nameEn: "Jiangbei District", city: "重庆市", code: "500105", zone: Zone.Chongqing },
  { name: "沙坪坝区", nameEn: "Shapingba District", city: "重庆市", code: "500106", zone: Zone.Chongqing },
  { name: "九龙坡区", nameEn: "Jiulongpo District", city: "重庆市", code: "500107", zone: Zone.Chongqing },
  { name: "渝北区", nameEn: "Yubei District", city: "重庆市", code: "500112", zone: Zone.Chongqing },
  { name: "涪城区", nameEn: "Fucheng District, Mianyang", city: "绵阳市", code: "510703", zone: Zone.Elsewhere },
  { name: "旌阳区", nameEn: "Jingyang District, Deyang", city: "德阳市", code: "510603", zone: Zone.Elsewhere },
  { name: "雁塔区", nameEn: "Yanta District, Xi'an", city: "西安市", code: "610113", zone: Zone.Elsewhere },
  { name: "海淀区", nameEn: "Haidian District, Beijing", city: "北京市", code: "110108", zone: Zone.Elsewhere },
  { name: "浦东新区", nameEn: "Pudong New Area, Shanghai", city: "上海市", code: "310115", zone: Zone.Elsewhere },
  { name: "南山区", nameEn: "Nanshan District, Shenzhen", city: "深圳市", code: "440305", zone: Zone.Elsewhere },
];

/** Where Chengdu's organisations cluster (by short name); other districts weigh 1. */
const CHENGDU_WEIGHT: Record<string, number> = {
  高新: 10,
  天府新区: 6,
  武侯: 5,
  双流: 5,
  龙泉驿: 4,
  锦江: 3,
  青羊: 3,
  金牛: 3,
  成华: 3,
  郫都: 3,
  新都: 3,
  温江: 3,
  东部新区: 2,
};

/**
 * Chain profiles: relative supply/demand, and intermediary weight. The three chains with a tiny
 * intermediary weight have results and demands but almost no brokers or agencies — the "partner
 * gaps" the alliance view should find.
 */
const CHAIN_PROFILE: Record<string, [supply: number, intermediaries: number]> = {
  集成电路: [3, 3],
  新型显示: [1.5, 0.01],
  智能终端: [2, 2],
  高端软件: [3, 3],
  工业互联网: [2, 2],
  人工智能: [3, 3],
  卫星互联网: [1, 0.01],
  大飞机制造与服务: [1.2, 1.2],
  航空发动机: [1.2, 1.2],
  工业无人机: [1, 0.01],
  轨道交通: [1.5, 1.5],
  "汽车(新能源汽车)": [2, 2],
  智能网联汽车: [1.5, 1.5],
  "创新药(含中医药)": [2.5, 2.5],
  高端医疗器械: [2, 2],
  新材料: [2, 2],
  "绿色食品 / 食品": [1.2, 1.2],
};

/** Chains whose intermediary weight marks them as partner gaps (for tests and docs). */
export const GAP_CHAINS = Object.entries(CHAIN_PROFILE)
  .filter(([, [, i]]) => i < 0.1)
  .map(([name]) => name);

/** District index for a free-text location ("成华(沙河)/高新西区…"): the earliest known name in it. */
export function districtOf(ctx: Ctx, text: string | undefined): number {
  if (!text || !ctx.places) return NO_DISTRICT;
  let best = NO_DISTRICT;
  let bestAt = Infinity;
  ctx.places.shorts.forEach((short, i) => {
    const at = ctx.places!.zone[i] === Zone.Chengdu ? text.indexOf(short) : -1;
    if (at >= 0 && at < bestAt) [best, bestAt] = [i, at];
  });
  return best;
}

export function* generatePlacesAndChains(ctx: Ctx): Rows {
  const ref = loadReference();
  const ids: string[] = [];
  const names: string[] = [];
  const shorts: string[] = [];
  const zone: Zone[] = [];
  const adminCode: string[] = [];
  const cityPrefix: string[] = [];
  for (const d of ref.districts) {
    const id = `${ID_PREFIX.District}-${d.code}`;
    ids.push(id);
    names.push(d.name);
    shorts.push(d.short);
    zone.push(Zone.Chengdu);
    // Functional zones have no adcode of their own: their firms register under the city's code.
    adminCode.push(d.kind === "FUNCTIONAL_ZONE" ? "510100" : d.code);
    cityPrefix.push("成都");
    yield {
      file: "District",
      row: { id, name: d.name, nameEn: d.nameEn, city: "成都市", inChengdu: true, kind: d.kind },
    };
  }
  for (const d of OUTSIDE) {
    const id = `${ID_PREFIX.District}-${d.code}`;
    ids.push(id);
    names.push(d.name);
    shorts.push(d.name);
    zone.push(d.zone);
    adminCode.push(d.code);
    cityPrefix.push(d.city.replace(/市$/, ""));
    yield {
      file: "District",
      row: { id, name: d.name, nameEn: d.nameEn, city: d.city, inChengdu: false, kind: "OUTSIDE" },
    };
  }
  const weights = [Zone.Chengdu, Zone.Chongqing, Zone.Elsewhere].map((z) =>
    ids.map((_, i) => (zone[i] !== z ? 0 : z === Zone.Chengdu ? (CHENGDU_WEIGHT[shorts[i]!] ?? 1) : 1)),
  );
  ctx.places = { ids, names, shorts, zone, adminCode, cityPrefix, weights };

  const chainIds: string[] = [];
  const supply: number[] = [];
  const intermediaries: number[] = [];
  for (const [i, c] of ref.chains.entries()) {
    const id = nodeId("IndustryChain", i);
    const [s, m] = CHAIN_PROFILE[c.name] ?? [1, 1];
    chainIds.push(id);
    supply.push(s);
    intermediaries.push(m);
    yield { file: "IndustryChain", row: { id, name: c.name, nameEn: c.nameEn, ecosystem: c.ecosystem } };
  }
  ctx.chains = { ids: chainIds, names: ref.chains.map((c) => c.name), supply, intermediaries };
}
