/**
 * Alliances and technology-transfer agencies. The three real alliances/associations and the real
 * agencies of the reference keep their names; synthetic industry alliances (one per chain first)
 * and synthetic agencies follow. Agency activity is heavy-tailed: a Zipf sampler decides which
 * agencies serve most deals, and agencies rarely cover the partner-gap chains.
 */
import type { Ctx, Rows } from "./context.js";
import { NO_DISTRICT, need, Zone } from "./context.js";
import { growingDay, isoDay, LAST_DAY, toDay, yearOf } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { chainLabel } from "./chain-topics.js";
import { AGENCY_WORDS, brand } from "./names.js";
import { type Rng, ZipfSampler } from "./random.js";
import { districtOf } from "./places-chains.js";
import { loadReference } from "./reference.js";
import { chainsOf, pickChainMask, pickDistrict, pickZone } from "./sampling.js";

export function* generateAlliances(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(2);
  const chains = need(ctx.chains, "chains");
  const ref = loadReference();
  const ids: string[] = [];
  const since: number[] = [];
  const byChain: number[][] = chains.names.map(() => []);
  const total = ref.alliances.length + ctx.scale.alliances;
  for (let n = 0; n < total; n++) {
    const id = nodeId("Alliance", n);
    ids.push(id);
    const real = ref.alliances[n];
    if (real) {
      since.push(toDay(real.since));
      yield { file: "Alliance", row: { id, name: real.name, nameEn: real.nameEn, kind: real.kind } };
      continue;
    }
    const k = n - ref.alliances.length;
    const chain = k % chains.names.length;
    const label = chainLabel(chains.names[chain]!);
    const association = k % 4 === 3;
    const name =
      k < chains.names.length
        ? association
          ? `成都市${label}行业协会`
          : `成都市${label}产业技术创新联盟`
        : `成都${brand(rng)}${label}产业协同创新联盟`;
    byChain[chain]!.push(n);
    since.push(toDay("2019-01-01"));
    yield {
      file: "Alliance",
      row: { id, name, nameEn: syntheticNameEn("alliance", n), kind: association ? "ASSOCIATION" : "ALLIANCE" },
    };
  }
  const index = (name: string) =>
    Math.max(
      0,
      ref.alliances.findIndex((a) => a.name === name),
    );
  ctx.alliances = {
    ids,
    since,
    city: index("成都市技术转移联盟"),
    association: index("成都市技术经理人协会"),
    chengduChongqing: index("成渝地区双城经济圈技术转移联盟"),
    byChain,
  };
}

const KINDS = ["MARKET", "UNIVERSITY_OFFICE", "PUBLIC", "INTERNATIONAL"] as const;

/**
 * Districts of the named agencies (the reference gives none): the southwest centre is co-built
 * with 成都高新区 (reference), the university's centre and science park sit at 四川大学 (武侯), the
 * provincial information institute on 人民南路四段 (武侯, general knowledge). The two others stay
 * without a district, and the views count them as unplaced.
 */
const KNOWN_PLACES: Record<string, string> = {
  国家技术转移西南中心: "高新",
  四川大学国家技术转移中心: "武侯",
  四川大学科技园: "武侯",
  四川省科学技术信息研究所: "武侯",
};
const LEVELS = ["NATIONAL", "MUNICIPAL_FILED", "UNFILED"] as const;

export function* generateAgencies(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(5);
  const places = need(ctx.places, "places");
  const chains = need(ctx.chains, "chains");
  const inst = need(ctx.institutions, "institutions");
  const ref = loadReference();
  const total = ref.agencies.length + ctx.scale.agencies;
  const district = new Int16Array(total).fill(NO_DISTRICT);
  const chainMask = new Uint32Array(total);
  // University offices go to institutions in a shuffled order, at most one each.
  const officeOrder = rng.permutation(inst.count);
  let offices = 0;

  for (let n = 0; n < total; n++) {
    const id = nodeId("Agency", n);
    const real = ref.agencies[n];
    chainMask[n] = pickChainMask(rng, chains.intermediaries, 4);
    if (real) {
      district[n] = districtOf(ctx, KNOWN_PLACES[real.name]);
      yield {
        file: "Agency",
        row: {
          id,
          name: real.name,
          nameEn: real.nameEn,
          kind: real.kind,
          level: real.level,
          foundedYear: real.foundedYear,
        },
      };
      if (district[n] !== NO_DISTRICT) yield { file: "LOCATED_IN", row: { from: id, to: places.ids[district[n]!] } };
    } else {
      let kind = KINDS[rng.weighted([65, 20, 10, 5])]!;
      const host = kind === "UNIVERSITY_OFFICE" ? officeOrder[offices++] : undefined;
      if (kind === "UNIVERSITY_OFFICE" && host === undefined) kind = "MARKET";
      district[n] =
        host !== undefined ? (inst.district[host] ?? NO_DISTRICT) : pickDistrict(rng, places, pickZone(rng, 0.9, 0.05));
      if (district[n] === NO_DISTRICT) district[n] = pickDistrict(rng, places, Zone.Chengdu);
      const city = places.cityPrefix[district[n]!]!;
      const name =
        host !== undefined
          ? `${inst.shortNames[host]}技术转移中心`
          : kind === "PUBLIC"
            ? `${city}${places.shorts[district[n]!]}${brand(rng)}科技成果转化服务中心`
            : kind === "INTERNATIONAL"
              ? `${city}${brand(rng)}国际技术转移中心`
              : `${city}${brand(rng)}${rng.pick(AGENCY_WORDS)}有限公司`;
      const level = LEVELS[rng.weighted(ctx.scale.agencyLevelWeights)]!;
      const filed = level === "UNFILED" ? undefined : growingDay(rng);
      const foundedYear = rng.int(1998, Math.min(2025, filed ? yearOf(filed) : 2025));
      yield {
        file: "Agency",
        row: {
          id,
          name,
          nameEn: syntheticNameEn("agency", n),
          kind,
          level,
          filedOn: filed && isoDay(filed),
          foundedYear,
        },
      };
      yield { file: "LOCATED_IN", row: { from: id, to: places.ids[district[n]!] } };
    }
    for (const c of chainsOf(chainMask[n]!)) yield { file: "COVERS", row: { from: id, to: chains.ids[c] } };
    yield* memberships(ctx, rng, id, district[n]!, chainMask[n]!);
  }
  ctx.agencies = {
    count: total,
    ids: (n) => nodeId("Agency", n),
    district,
    chainMask,
    sampler: new ZipfSampler(rng, total, 1.0),
  };
}

/** MEMBER_OF rows of one agency: the city alliance and association often, the others less. */
function* memberships(ctx: Ctx, rng: Rng, id: string, district: number, mask: number): Rows {
  const a = need(ctx.alliances, "alliances");
  const zone = district === NO_DISTRICT ? Zone.Chengdu : ctx.places!.zone[district];
  const join = (alliance: number) => {
    const since = rng.int(a.since[alliance]!, LAST_DAY);
    return { file: "MEMBER_OF", row: { from: id, to: a.ids[alliance], since: isoDay(since) } };
  };
  if (zone === Zone.Chengdu && rng.chance(0.45)) yield join(a.city);
  if (zone === Zone.Chengdu && rng.chance(0.3)) yield join(a.association);
  if (rng.chance(zone === Zone.Chongqing ? 0.6 : 0.12)) yield join(a.chengduChongqing);
  const chainAlliances = chainsOf(mask).flatMap((c) => a.byChain[c] ?? []);
  if (chainAlliances.length && rng.chance(0.15)) yield join(rng.pick(chainAlliances));
}
