/**
 * Events, platforms and awards. Matchmaking, roadshow and forum sessions belong to the real event
 * series of the reference (each only from the date the series started); training sessions (实训)
 * fill the plan's KPI window; platforms are mostly filed pilot platforms and proof-of-concept
 * centres plus the real 科创通 and 科创生态岛; awards are the yearly 十佳 lists, given to the
 * busiest brokers and agencies and the largest deals of each year.
 */
import type { Ctx, Rows } from "./context.js";
import { NO_DISTRICT, need, Zone } from "./context.js";
import { growingDay, isoDay, toDay, yearOf } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { chainLabel } from "./chain-topics.js";
import { brand } from "./names.js";
import { districtOf } from "./places-chains.js";
import { loadReference } from "./reference.js";
import { keepTop, pickChain, pickDistrict, pickZone } from "./sampling.js";

const EVENT_KINDS = ["MATCHMAKING", "ROADSHOW", "SALON", "FORUM", "TRAINING", "LECTURE"] as const;
const TRAINING_SERIES = "技术经纪(经理)人实训";

export function* generateEvents(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(8);
  const places = need(ctx.places, "places");
  const chains = need(ctx.chains, "chains");
  const agencies = need(ctx.agencies, "agencies");
  const inst = need(ctx.institutions, "institutions");
  const alliances = need(ctx.alliances, "alliances");
  const series = loadReference().series.map((s) => ({ ...s, fromDay: toDay(s.from) }));
  const count = ctx.scale.events;
  const day = new Int32Array(count);
  const kinds = new Uint8Array(count);
  const sessions = new Map<string, number>();

  for (let n = 0; n < count; n++) {
    const id = nodeId("Event", n);
    const k = rng.weighted(ctx.scale.eventKindWeights);
    const kind = EVENT_KINDS[k]!;
    day[n] = growingDay(rng);
    kinds[n] = k;
    const year = yearOf(day[n]!);
    const label = chainLabel(chains.names[pickChain(rng, chains.supply)]!);
    const eligible = series.filter((s) => s.kind === kind && s.fromDay <= day[n]!);
    const s =
      kind === "TRAINING" ? TRAINING_SERIES : eligible.length && rng.chance(0.85) ? rng.pick(eligible).name : undefined;
    const d = pickDistrict(rng, places, pickZone(rng, 0.92, 0.04));
    const key = `${s ?? kind}|${year}`;
    const nth = (sessions.get(key) ?? 0) + 1;
    sessions.set(key, nth);
    const name =
      kind === "TRAINING"
        ? `${year}年${places.names[d]}${TRAINING_SERIES}班（第${nth}期）`
        : s
          ? `${s}·${label}专场（${year}年第${nth}场）`
          : kind === "SALON"
            ? `${label}成果转化沙龙（${year}年第${nth}期）`
            : kind === "LECTURE"
              ? `技术转移大讲堂·${label}（${year}年第${nth}讲）`
              : kind === "FORUM"
                ? `${label}产业技术创新论坛（${year}年第${nth}场）`
                : `${label}项目${kind === "ROADSHOW" ? "路演" : "对接会"}（${year}年第${nth}场）`;
    yield {
      file: "Event",
      row: { id, name, nameEn: syntheticNameEn("event", n), kind, series: s, date: isoDay(day[n]!) },
    };
    yield { file: "LOCATED_IN", row: { from: id, to: places.ids[d] } };
    const who = kind === "TRAINING" ? rng.weighted([60, 0, 40]) : rng.weighted([50, 30, 20]);
    const organizer =
      who === 0
        ? agencies.ids(agencies.sampler.sample(rng))
        : who === 1
          ? inst.ids(rng.int(0, inst.count - 1))
          : alliances.ids[kind === "TRAINING" ? alliances.association : rng.int(0, alliances.ids.length - 1)];
    yield { file: "ORGANIZED", row: { from: organizer, to: id } };
  }
  const serials = (pred: (k: number) => boolean) => Int32Array.from([...kinds.keys()].filter((n) => pred(kinds[n]!)));
  const matchmaking = serials((k) => k === 0 || k === 1 || k === 3).sort((a, b) => day[a]! - day[b]! || a - b);
  const isTraining = kinds.map((k) => (k === 4 ? 1 : 0));
  ctx.events = { count, day, matchmaking, training: serials((k) => k === 4), isTraining };
}

const PLATFORM_KINDS = [
  "PILOT_PLATFORM",
  "PROOF_OF_CONCEPT",
  "TRAINING_BASE",
  "COLLEGE",
  "SERVICE_PLATFORM",
  "INNOVATION_HUB",
] as const;

export function* generatePlatforms(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(9);
  const places = need(ctx.places, "places");
  const chains = need(ctx.chains, "chains");
  const agencies = need(ctx.agencies, "agencies");
  const inst = need(ctx.institutions, "institutions");
  const ent = need(ctx.enterprises, "enterprises");
  const ref = loadReference().platforms;
  const count = ref.length + ctx.scale.platforms;
  const pilot: number[] = [];
  for (let n = 0; n < count; n++) {
    const id = nodeId("Platform", n);
    const real = ref[n];
    if (real) {
      yield { file: "Platform", row: { id, name: real.name, nameEn: real.nameEn, kind: real.kind } };
      const d = districtOf(ctx, real.place);
      if (d !== NO_DISTRICT) yield { file: "LOCATED_IN", row: { from: id, to: places.ids[d] } };
      continue;
    }
    const k = rng.weighted([40, 20, 10, 5, 10, 15]);
    if (k <= 1) pilot.push(n);
    const kind = PLATFORM_KINDS[k]!;
    // Colleges and proof-of-concept centres sit at institutions, training bases at agencies.
    const who = k === 3 ? 1 : k === 2 ? 0 : k === 1 ? rng.weighted([20, 60, 20]) : rng.weighted([35, 30, 35]);
    const serial =
      who === 0 ? agencies.sampler.sample(rng) : who === 1 ? rng.int(0, inst.count - 1) : rng.int(0, ent.count - 1);
    const operator = who === 0 ? agencies.ids(serial) : who === 1 ? inst.ids(serial) : ent.ids(serial);
    let d = (who === 0 ? agencies.district : who === 1 ? inst.district : ent.district)[serial] ?? NO_DISTRICT;
    if (d === NO_DISTRICT) d = pickDistrict(rng, places, Zone.Chengdu);
    const label = chainLabel(chains.names[pickChain(rng, chains.supply)]!);
    const prefix = who === 1 ? inst.shortNames[serial]! : `${places.cityPrefix[d]}${brand(rng)}`;
    const name = [
      `${prefix}${label}中试平台`,
      `${prefix}${label}概念验证中心`,
      `${prefix}技术经理人实训基地`,
      `${prefix}技术转移学院`,
      `${prefix}科技成果转化服务平台`,
      `${prefix}${label}科创空间`,
    ][k]!;
    yield { file: "Platform", row: { id, name, nameEn: syntheticNameEn("platform", n), kind } };
    yield { file: "LOCATED_IN", row: { from: id, to: places.ids[d] } };
    yield { file: "OPERATES", row: { from: operator, to: id } };
  }
  ctx.platforms = { count, pilot: Int32Array.from(pilot) };
}

const AWARDS = [
  ["TOP10_BROKER", "十佳技术经纪(经理)人"],
  ["TOP10_AGENCY", "十佳技术转移机构"],
  ["TOP10_CASE", "十佳技术转移案例"],
  ["OTHER", "优秀技术经纪(经理)人"],
] as const;

/** Yearly awards 2019–2025 (the 2026 lists are not out yet), ten recipients each. */
export function* generateAwards(ctx: Ctx): Rows {
  const cand = need(ctx.awardCandidates, "deals");
  const brokers = need(ctx.brokers, "brokers");
  let n = 0;
  for (let year = 2019; year <= 2025; year++) {
    const y = year - 2019;
    const topBrokers = topIndexes(cand.brokerDeals.subarray(y * brokers.count, (y + 1) * brokers.count), 20);
    const topAgencies = topIndexes(cand.agencyDeals.subarray(y * cand.agencyCount, (y + 1) * cand.agencyCount), 10);
    for (const [category, title] of AWARDS) {
      const id = nodeId("Award", n);
      yield {
        file: "Award",
        row: { id, name: `${year}年度成都市${title}`, nameEn: syntheticNameEn("award", n), category, year },
      };
      n++;
      const recipients =
        category === "TOP10_BROKER"
          ? topBrokers.slice(0, 10).map((b) => nodeId("Broker", b))
          : category === "OTHER"
            ? topBrokers.slice(10).map((b) => nodeId("Broker", b))
            : category === "TOP10_AGENCY"
              ? topAgencies.map((a) => nodeId("Agency", a))
              : (cand.topDeals.get(year) ?? []).map((d) => d.id);
      for (const from of recipients) yield { file: "RECEIVED", row: { from, to: id } };
    }
  }
}

/** Indexes of the `k` largest positive counts, largest first (ties: lower index first). */
function topIndexes(counts: Uint16Array, k: number): number[] {
  const top: { i: number; amount: number }[] = [];
  counts.forEach((c, i) => c > 0 && keepTop(top, { i, amount: c }, k));
  return top.map((t) => t.i);
}
