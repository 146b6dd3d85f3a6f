/**
 * The two ends brokers connect: research results (supply — developed by labs, institutions and
 * enterprises, applying to chains, presented at matchmaking events, some piloted at platforms)
 * and enterprise demands (posted mostly by Chengdu firms, needing chains). Titles and texts are
 * synthetic, built from each chain's vocabulary.
 */
import type { Ctx, Rows } from "./context.js";
import { Developer, need, Zone } from "./context.js";
import { FIRST_YEAR, growingDay, isoDay, toDay, YEAR_WEIGHTS } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { NEEDS, topicsOf } from "./chain-topics.js";
import { loadReference } from "./reference.js";
import { chainFromMask, firstOnOrAfter, pickChain, pickZone } from "./sampling.js";
import { drawTitle, RESULT_KINDS, summaryOf, titleOf } from "./titles.js";

const STATUSES = ["AVAILABLE", "NEGOTIATING", "TRANSFERRED"] as const;
const TRL_WEIGHTS = [2, 5, 10, 15, 18, 18, 14, 10, 8];
const PLANT_CHAINS = /食品|中医药/;

export function* generateResults(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(11);
  const chains = need(ctx.chains, "chains");
  const inst = need(ctx.institutions, "institutions");
  const labs = need(ctx.labs, "labs");
  const ent = need(ctx.enterprises, "enterprises");
  const events = need(ctx.events, "events");
  const platforms = need(ctx.platforms, "platforms");
  const namedInstitutions = loadReference().institutions.length;
  const count = ctx.scale.results;
  const r = {
    count,
    developerKind: new Uint8Array(count),
    developer: new Int32Array(count),
    chain: new Uint8Array(count),
    year: new Uint16Array(count),
    title: new Uint32Array(count),
  };
  const transferred: number[][] = chains.ids.map(() => []);

  for (let n = 0; n < count; n++) {
    const id = nodeId("Result", n);
    const dk = rng.weighted([30, 45, 25]) as Developer;
    // Half of the institutional results come from the named universities and institutes.
    const dev =
      dk === Developer.Institution
        ? rng.chance(0.5)
          ? rng.int(0, namedInstitutions - 1)
          : rng.int(0, inst.count - 1)
        : dk === Developer.Lab
          ? rng.int(0, labs.count - 1)
          : rng.int(0, ent.count - 1);
    const mask = (dk === Developer.Institution ? inst : dk === Developer.Lab ? labs : ent).chainMask[dev] ?? 0;
    const chain = rng.chance(0.7) ? chainFromMask(rng, mask, chains) : pickChain(rng, chains.supply);
    const chainName = chains.names[chain]!;
    const kind = rng.weighted([45, 15, 15, PLANT_CHAINS.test(chainName) ? 20 : 0, 10, 5]);
    const year = FIRST_YEAR + rng.weighted(YEAR_WEIGHTS);
    const trl = 1 + rng.weighted(TRL_WEIGHTS);
    const status = rng.weighted([55, 15, 30]);
    const title = drawTitle(rng, chain, chainName, kind);
    r.developerKind[n] = dk;
    r.developer[n] = dev;
    r.chain[n] = chain;
    r.year[n] = year;
    r.title[n] = title;
    if (status === 2) transferred[chain]!.push(n);
    yield {
      file: "Result",
      row: {
        id,
        name: titleOf(title, chains.names),
        nameEn: syntheticNameEn("result", n),
        kind: RESULT_KINDS[kind],
        trl,
        year,
        status: STATUSES[status],
        summary: summaryOf(title, chains.names, trl),
      },
    };
    const developerId =
      dk === Developer.Institution ? inst.ids(dev) : dk === Developer.Lab ? labs.ids(dev) : ent.ids(dev);
    yield { file: "DEVELOPED", row: { from: developerId, to: id } };
    if (rng.chance(0.2)) {
      const co = rng.chance(0.5) ? ent.ids(rng.int(0, ent.count - 1)) : inst.ids(rng.int(0, inst.count - 1));
      if (co !== developerId) yield { file: "DEVELOPED", row: { from: co, to: id } };
    }
    yield { file: "APPLIES_TO", row: { from: id, to: chains.ids[chain] } };
    const other = pickChain(rng, chains.supply);
    if (other !== chain && rng.chance(0.4)) yield { file: "APPLIES_TO", row: { from: id, to: chains.ids[other] } };
    // Presented at one or two matchmaking sessions held in or after the result's year.
    const first = firstOnOrAfter(events.matchmaking, events.day, toDay(`${year}-01-01`));
    if (first < events.matchmaking.length && rng.chance(0.5)) {
      const a = events.matchmaking[rng.int(first, events.matchmaking.length - 1)]!;
      const b = events.matchmaking[rng.int(first, events.matchmaking.length - 1)]!;
      yield { file: "PRESENTED_AT", row: { from: id, to: nodeId("Event", a) } };
      if (b !== a && rng.chance(0.3)) yield { file: "PRESENTED_AT", row: { from: id, to: nodeId("Event", b) } };
    }
    if (platforms.pilot.length && rng.chance(0.08)) {
      yield { file: "PILOTED_AT", row: { from: id, to: nodeId("Platform", rng.pick(platforms.pilot)) } };
    }
  }
  // Sorted by year, so that a deal can draw from the results that existed when it was signed.
  const byYear = (a: number, b: number) => r.year[a]! - r.year[b]! || a - b;
  ctx.results = { ...r, transferredByChain: transferred.map((l) => Int32Array.from(l).sort(byYear)) };
}

const DEMAND_STATUSES = ["OPEN", "MATCHED", "CLOSED"] as const;

export function* generateDemands(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(13);
  const places = need(ctx.places, "places");
  const chains = need(ctx.chains, "chains");
  const ent = need(ctx.enterprises, "enterprises");
  const count = ctx.scale.demands;
  const poster = new Int32Array(count);
  const chain = new Uint8Array(count);
  const day = new Int32Array(count);
  const answered: number[] = [];

  for (let n = 0; n < count; n++) {
    const id = nodeId("Demand", n);
    const zone = pickZone(rng, 0.85, 0.07);
    const c = pickChain(rng, chains.supply);
    let pool = ent.byZoneChain[zone]?.[c];
    if (!pool?.length) pool = ent.byZoneChain[Zone.Chengdu]![c]!;
    const p = pool.length ? pool[rng.int(0, pool.length - 1)]! : rng.int(0, ent.count - 1);
    poster[n] = p;
    chain[n] = c;
    day[n] = growingDay(rng);
    const status = rng.weighted([45, 30, 25]);
    if (status > 0) answered.push(n);
    const object = rng.pick(topicsOf(chains.names[c]!).objects);
    const need_ = rng.pick(NEEDS);
    const budget = rng.chance(0.85) ? Math.round(rng.logNormal(80, 1.1) * 10) / 10 : undefined;
    const city = places.cityPrefix[ent.district[p] ?? 0];
    yield {
      file: "Demand",
      row: {
        id,
        name: `${object}${need_}需求`,
        nameEn: syntheticNameEn("demand", n),
        budget,
        postedOn: isoDay(day[n]!),
        status: DEMAND_STATUSES[status],
        description: `${city}企业寻求${object}方面的${need_}合作${budget === undefined ? "" : `，拟投入约${budget}万元`}。`,
      },
    };
    yield { file: "POSTED", row: { from: ent.ids(p), to: id } };
    yield { file: "NEEDS", row: { from: id, to: chains.ids[c] } };
    const other = pickChain(rng, chains.supply);
    if (other !== c && rng.chance(0.35)) yield { file: "NEEDS", row: { from: id, to: chains.ids[other] } };
  }
  ctx.demands = {
    count,
    poster,
    chain,
    day,
    answered: Int32Array.from(answered).sort((a, b) => day[a]! - day[b]! || a - b),
  };
}
