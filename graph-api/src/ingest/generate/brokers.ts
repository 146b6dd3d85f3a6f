/**
 * Synthetic technology brokers (技术经纪(经理)人): Chinese names from faker's zh_CN locale,
 * a title mix in which intermediate and senior titles are a minority, registrations clustered in
 * the plan's years 2024–2025, employers (mostly agencies, the busy ones most), specialisations
 * (rarely the partner-gap chains) and training/matchmaking attendance. Who brokers how many deals
 * is decided by a Zipf sampler, so a few brokers handle most deals.
 */
import type { Ctx, Rows } from "./context.js";
import { need } from "./context.js";
import { dayBetween, FIRST_YEAR, isoDay, LAST_DAY, toDay } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { ZipfSampler } from "./random.js";
import { chainsOf, pickChainMask } from "./sampling.js";

const TITLES = ["NONE", "JUNIOR", "INTERMEDIATE", "SENIOR"] as const;
/** Registration years 2019–2026: the 2024 plan brought most brokers in. */
const REGISTRATION_YEARS = [0.05, 0.06, 0.08, 0.1, 0.12, 0.25, 0.24, 0.1];
/** Exponent of the deal-share curve: the top 10% of brokers get roughly 60% of the deals. */
const ACTIVITY_EXPONENT = 0.8;

export function* generateBrokers(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(10);
  const chains = need(ctx.chains, "chains");
  const agencies = need(ctx.agencies, "agencies");
  const inst = need(ctx.institutions, "institutions");
  const ent = need(ctx.enterprises, "enterprises");
  const events = need(ctx.events, "events");
  const count = ctx.scale.brokers;
  const employerKind = new Uint8Array(count);
  const employer = new Int32Array(count);
  const attended: number[] = [];
  const others = Int32Array.from([...events.isTraining.keys()].filter((e) => events.isTraining[e] === 0));

  for (let n = 0; n < count; n++) {
    const id = nodeId("Broker", n);
    const year = FIRST_YEAR + rng.weighted(REGISTRATION_YEARS);
    const registered = rng.chance(0.9)
      ? dayBetween(rng, toDay(`${year}-01-01`), Math.min(toDay(`${year}-12-31`), LAST_DAY))
      : undefined;
    yield {
      file: "Broker",
      row: {
        id,
        name: rng.faker.person.fullName(),
        nameEn: syntheticNameEn("broker", n),
        titleLevel: TITLES[rng.weighted(ctx.scale.titleWeights)],
        registeredOn: registered === undefined ? undefined : isoDay(registered),
        commissioner: rng.chance(0.1),
        shortageCatalog: rng.chance(0.05),
        talentProgram: rng.chance(0.03),
      },
    };
    const kind = rng.weighted([55, 25, 20]);
    const serial =
      kind === 0 ? agencies.sampler.sample(rng) : kind === 1 ? rng.int(0, inst.count - 1) : rng.int(0, ent.count - 1);
    employerKind[n] = kind;
    employer[n] = serial;
    const to = kind === 0 ? agencies.ids(serial) : kind === 1 ? inst.ids(serial) : ent.ids(serial);
    const since = dayBetween(rng, toDay("2012-01-01"), registered ?? LAST_DAY);
    yield { file: "EMPLOYED_BY", row: { from: id, to, since: isoDay(since) } };
    for (const c of chainsOf(pickChainMask(rng, chains.intermediaries, 3))) {
      yield { file: "SPECIALIZES_IN", row: { from: id, to: chains.ids[c] } };
    }
    // A share of a broker's attendances are trainings (实训), the rest from the other events.
    attended.length = 0;
    const k = rng.count(ctx.scale.attendedPerBroker, 100);
    for (let i = 0; i < k; i++) {
      const e =
        rng.chance(ctx.scale.trainingAttendance) && events.training.length
          ? rng.pick(events.training)
          : rng.pick(others);
      if (attended.includes(e)) continue;
      attended.push(e);
      const training = events.isTraining[e] === 1;
      const hours = training ? rng.int(8, 64) / 2 : rng.int(2, 8) / 2;
      yield {
        file: "ATTENDED",
        row: { from: id, to: nodeId("Event", e), hours, certified: training && rng.chance(0.7) },
      };
    }
  }
  ctx.brokers = { count, sampler: new ZipfSampler(rng, count, ACTIVITY_EXPONENT), employerKind, employer };
}
