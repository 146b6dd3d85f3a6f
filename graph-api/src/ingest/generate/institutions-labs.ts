/**
 * Institutions and labs: Chengdu's named universities, institutes and new R&D institutions from
 * the reference (real names, their disciplines, their district where the reference gives one),
 * the provincial 天府 labs (PART_OF their host where the reference names it), then synthetic
 * institutions and labs, all of which say they are synthetic in `nameEn`.
 */
import type { Ctx, Rows } from "./context.js";
import { NO_DISTRICT, need, Zone } from "./context.js";
import { isoDay, toDay } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { LAB_FORMS, topicsOf } from "./chain-topics.js";
import { brand, shortInstitutionName } from "./names.js";
import { districtOf } from "./places-chains.js";
import { loadReference } from "./reference.js";
import { chainFromMask, chainMaskFromText, pickChainMask, pickDistrict, pickZone } from "./sampling.js";

const SYNTHETIC_KINDS = ["NEW_RD_INSTITUTION", "RESEARCH_INSTITUTE", "HOSPITAL", "UNIVERSITY"] as const;

/**
 * Where the named institutions sit when the reference gives no district (general knowledge, not
 * in the reference): the CAS institutes and companies at the CAS Chengdu branch in 武侯区 (人民南路
 * 四段), the aviation centres beside 成飞 in 青羊区 (黄田坝), the aero-engine institute at the
 * aviation park of 新都区 that the reference lists for aero-engines, the railway centre with the
 * science city of 天府新区. Every named institution is so placed in a Chengdu district.
 */
const KNOWN_PLACES: Record<string, string> = {
  中国科学院成都生物研究所: "武侯",
  "中国科学院、水利部成都山地灾害与环境研究所": "武侯",
  中国科学院成都有机化学有限公司: "武侯",
  中国科学院成都文献情报中心: "武侯",
  中科院成都信息技术股份有限公司: "武侯",
  国家川藏铁路技术创新中心: "天府新区",
  国家高端航空装备技术创新中心: "青羊",
  航空工业成都飞机设计研究所: "青羊",
  中国航发四川燃气涡轮研究院: "新都",
};

/** Hosts of named labs the reference gives none for (general knowledge): 兴隆湖 is built on the CAS optics institute. */
const KNOWN_HOSTS: Record<string, string> = {
  天府兴隆湖实验室: "中国科学院光电技术研究所",
};
const LAB_LEVELS = ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "OTHER"] as const;

export function* generateInstitutionsAndLabs(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(3);
  const places = need(ctx.places, "places");
  const chains = need(ctx.chains, "chains");
  const alliances = need(ctx.alliances, "alliances");
  const ref = loadReference();
  const total = ref.institutions.length + ctx.scale.institutions;
  const district = new Int16Array(total).fill(NO_DISTRICT);
  const chainMask = new Uint32Array(total);
  const names: string[] = [];
  const shortNames: string[] = [];
  const weight: number[] = [];

  for (let n = 0; n < total; n++) {
    const id = nodeId("Institution", n);
    const real = ref.institutions[n];
    let row;
    if (real) {
      district[n] = districtOf(ctx, real.place ?? KNOWN_PLACES[real.name]);
      chainMask[n] = chainMaskFromText(real.topics, chains) || pickChainMask(rng, chains.supply, 2);
      weight.push(real.kind === "UNIVERSITY" ? 20 : 6);
      row = { id, name: real.name, nameEn: real.nameEn, kind: real.kind, disciplines: real.disciplines };
    } else {
      const kind = SYNTHETIC_KINDS[rng.weighted([45, 30, 15, 10])]!;
      const zone = pickZone(rng, 0.94, 0.04);
      district[n] = pickDistrict(rng, places, zone);
      const mask = kind === "HOSPITAL" ? chainMaskFromText("医药", chains) : pickChainMask(rng, chains.supply, 2);
      chainMask[n] = mask;
      weight.push(kind === "UNIVERSITY" ? 4 : 1);
      const chain = chains.names[chainFromMask(rng, mask, chains)]!;
      const city = places.cityPrefix[district[n]!]!;
      const word = rng.pick(topicsOf(chain).firmWords);
      const name =
        kind === "NEW_RD_INSTITUTION"
          ? `${city}${brand(rng)}${word}产业技术研究院`
          : kind === "RESEARCH_INSTITUTE"
            ? `${city}${brand(rng)}${word}研究所`
            : kind === "HOSPITAL"
              ? `${city}${brand(rng)}医院`
              : `${city}${brand(rng)}职业技术学院`;
      row = { id, name, nameEn: syntheticNameEn("institution", n), kind, disciplines: [chain] };
    }
    names.push(row.name);
    shortNames.push(shortInstitutionName(row.name));
    yield { file: "Institution", row };
    if (district[n] !== NO_DISTRICT) yield { file: "LOCATED_IN", row: { from: id, to: places.ids[district[n]!] } };
    const inChengdu = district[n] === NO_DISTRICT || places.zone[district[n]!] === Zone.Chengdu;
    if (inChengdu && (real || rng.chance(0.3))) {
      const since = rng.int(alliances.since[alliances.city]!, toDay("2024-12-31"));
      yield { file: "MEMBER_OF", row: { from: id, to: alliances.ids[alliances.city], since: isoDay(since) } };
    }
  }
  ctx.institutions = { count: total, ids: (n) => nodeId("Institution", n), district, chainMask, names, shortNames };
  yield* labs(ctx, weight);
}

function* labs(ctx: Ctx, institutionWeight: number[]): Rows {
  const rng = ctx.rng.fork(4);
  const chains = need(ctx.chains, "chains");
  const inst = need(ctx.institutions, "institutions");
  const ref = loadReference();
  const total = ref.labs.length + ctx.scale.labs;
  const institution = new Int32Array(total).fill(-1);
  const chainMask = new Uint32Array(total);
  const district = new Int16Array(total).fill(NO_DISTRICT);
  // Cumulative weights: named universities host most labs.
  const cumulative = new Float64Array(institutionWeight.length);
  institutionWeight.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const pickInstitution = () => {
    const u = rng.next() * (cumulative[cumulative.length - 1] ?? 0);
    const i = cumulative.findIndex((c) => c > u);
    return i < 0 ? cumulative.length - 1 : i;
  };

  for (let n = 0; n < total; n++) {
    const id = nodeId("Lab", n);
    const real = ref.labs[n];
    if (real) {
      const hostName = real.host ?? KNOWN_HOSTS[real.name];
      const host = hostName ? inst.names.indexOf(hostName) : -1;
      institution[n] = host;
      chainMask[n] = chainMaskFromText(real.topics, chains) || pickChainMask(rng, chains.supply, 2);
      yield { file: "Lab", row: { id, name: real.name, nameEn: real.nameEn, level: "PROVINCIAL" } };
    } else {
      const host = pickInstitution();
      institution[n] = host;
      const chain = chainFromMask(rng, inst.chainMask[host] ?? 0, chains);
      chainMask[n] = (1 << chain) >>> 0;
      const object = rng.pick(topicsOf(chains.names[chain]!).objects);
      const level = LAB_LEVELS[rng.weighted([5, 30, 40, 25])]!;
      const name = `${inst.shortNames[host]}${object}${rng.pick(LAB_FORMS)}`;
      yield { file: "Lab", row: { id, name, nameEn: syntheticNameEn("lab", n), level } };
    }
    if (institution[n]! >= 0) {
      district[n] = inst.district[institution[n]!] ?? NO_DISTRICT;
      yield { file: "PART_OF", row: { from: id, to: inst.ids(institution[n]!) } };
    }
  }
  ctx.labs = { count: total, ids: (n) => nodeId("Lab", n), district, chainMask, institution };
}
