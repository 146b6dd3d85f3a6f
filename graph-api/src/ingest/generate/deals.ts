/**
 * Deals (成果转化交易 / technology contracts): each transfers a result from its developer (the
 * SELLER) to an enterprise BUYER — three in four in Chengdu, the rest in Chongqing and elsewhere —
 * some answering a posted demand, some originating at a matchmaking session. Every deal has
 * exactly one LEAD broker and up to three SUPPORT brokers, drawn by a Zipf sampler (a few brokers
 * do most deals); serving agencies follow the lead broker's employer. Amounts are log-normal (万元).
 */
import type { Ctx, Emitted, Rows } from "./context.js";
import { Developer, need, Zone } from "./context.js";
import { growingDay, isoDay, yearOf } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { topicsOf } from "./chain-topics.js";
import { loadReference } from "./reference.js";
import type { Rng } from "./random.js";
import { firstOnOrAfter, keepTop, pickChain, pickZone } from "./sampling.js";
import { titleOf } from "./titles.js";

const KINDS = ["DEVELOPMENT", "TRANSFER", "LICENSE", "CONSULTING", "SERVICE", "EQUITY"] as const;
const KIND_WEIGHTS = [30, 20, 15, 10, 20, 5];
const CONTRACT = ["技术开发合同", "技术转让合同", "技术许可合同", "技术咨询合同", "技术服务合同", "作价入股协议"];
/** Median amount per kind, 万元. */
const MEDIAN = [80, 60, 40, 10, 20, 300];
const YEARS = 8;

export function* generateDeals(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(14);
  const chains = need(ctx.chains, "chains");
  const ent = need(ctx.enterprises, "enterprises");
  const results = need(ctx.results, "results");
  const demands = need(ctx.demands, "demands");
  const brokers = need(ctx.brokers, "brokers");
  const agencies = need(ctx.agencies, "agencies");
  const events = need(ctx.events, "events");
  const cand = {
    topDeals: new Map<number, { id: string; amount: number }[]>(),
    brokerDeals: new Uint16Array(YEARS * brokers.count),
    agencyDeals: new Uint16Array(YEARS * agencies.count),
    agencyCount: agencies.count,
  };

  for (let n = 0; n < ctx.scale.deals; n++) {
    const id = nodeId("Deal", n);
    const out: Emitted[] = [];
    const rel = (file: string, to: string, extra: Record<string, unknown> = {}) =>
      out.push({ file, row: { from: id, to, ...extra } });
    const signed = growingDay(rng);
    const year = yearOf(signed);
    // The buyer's side: a demand posted at least a week earlier (its poster buys), or a firm in the chain.
    const posted = firstOnOrAfter(demands.answered, demands.day, signed - 6);
    const demand = posted > 0 && rng.chance(0.35) ? demands.answered[rng.int(0, posted - 1)]! : -1;
    const chain = demand >= 0 ? demands.chain[demand]! : pickChain(rng, chains.supply);
    let buyer = demand >= 0 ? demands.poster[demand]! : pickBuyer(ctx, rng, chain);
    // A transfer, licence or equity deal needs a result of the chain from the deal's year or before.
    const pool = results.transferredByChain[chain] ?? new Int32Array(0);
    const existing = firstOnOrAfter(pool, results.year, year + 1);
    let kind = rng.weighted(KIND_WEIGHTS);
    const withResult = (kind === 1 || kind === 2 || kind === 5 || (kind === 0 && rng.chance(0.5))) && existing > 0;
    if (!withResult && (kind === 1 || kind === 2 || kind === 5)) kind = 4;
    const result = withResult ? pool[rng.int(0, existing - 1)]! : -1;
    const seller =
      result >= 0
        ? { kind: results.developerKind[result]! as Developer, serial: results.developer[result]! }
        : pickSeller(ctx, rng);
    if (seller.kind === Developer.Enterprise && seller.serial === buyer) buyer = (buyer + 1) % ent.count;
    const amount = Math.max(0.5, Math.round(rng.logNormal(MEDIAN[kind]!, 1.2) * 100) / 100);
    const subject =
      result >= 0 ? titleOf(results.title[result]!, chains.names) : rng.pick(topicsOf(chains.names[chain]!).objects);

    if (result >= 0) rel("TRANSFERS", nodeId("Result", result));
    rel("SELLER", sellerId(ctx, seller));
    rel("BUYER", ent.ids(buyer));
    if (demand >= 0) rel("ANSWERS", nodeId("Demand", demand));
    yield* brokersAndAgencies(ctx, rng, id, year, cand);
    if (rng.chance(0.3)) {
      const hi = firstOnOrAfter(events.matchmaking, events.day, signed + 1);
      const lo = firstOnOrAfter(events.matchmaking, events.day, signed - 365);
      if (hi > lo) rel("ORIGINATED_AT", nodeId("Event", events.matchmaking[rng.int(lo, hi - 1)]!));
    }
    yield {
      file: "Deal",
      row: {
        id,
        name: `${subject}·${CONTRACT[kind]}`,
        nameEn: syntheticNameEn("deal", n),
        kind: KINDS[kind],
        amount,
        signedOn: isoDay(signed),
        registered: rng.chance(0.8),
      },
    };
    yield* out;
    if (year <= 2025) {
      const list = cand.topDeals.get(year) ?? [];
      keepTop(list, { id, amount }, 10);
      cand.topDeals.set(year, list);
    }
  }
  ctx.awardCandidates = cand;
}

/** Buyer: zone first (74% Chengdu, 12% Chongqing), then usually a firm in the deal's chain. */
function pickBuyer(ctx: Ctx, rng: Rng, chain: number): number {
  const ent = ctx.enterprises!;
  const zone = pickZone(rng, 0.74, 0.12);
  const c = rng.chance(0.75) ? chain : pickChain(rng, ctx.chains!.supply);
  const pool = ent.byZoneChain[zone]?.[c]?.length ? ent.byZoneChain[zone]![c]! : ent.byZoneChain[Zone.Chengdu]![c]!;
  return pool.length ? pool[rng.int(0, pool.length - 1)]! : rng.int(0, ent.count - 1);
}

/** Seller of a deal without a result (consulting, services): an institution, lab or enterprise. */
function pickSeller(ctx: Ctx, rng: Rng): { kind: Developer; serial: number } {
  const kind = rng.weighted([40, 35, 25]) as Developer;
  const named = loadReference().institutions.length;
  const serial =
    kind === Developer.Institution
      ? rng.chance(0.5)
        ? rng.int(0, named - 1)
        : rng.int(0, ctx.institutions!.count - 1)
      : kind === Developer.Lab
        ? rng.int(0, ctx.labs!.count - 1)
        : rng.int(0, ctx.enterprises!.count - 1);
  return { kind, serial };
}

function sellerId(ctx: Ctx, s: { kind: Developer; serial: number }): string {
  return s.kind === Developer.Institution
    ? ctx.institutions!.ids(s.serial)
    : s.kind === Developer.Lab
      ? ctx.labs!.ids(s.serial)
      : ctx.enterprises!.ids(s.serial);
}

/** BROKERED (one LEAD, 0–3 SUPPORT) and SERVED rows; counts them for the yearly awards. */
function* brokersAndAgencies(
  ctx: Ctx,
  rng: Rng,
  id: string,
  year: number,
  cand: { brokerDeals: Uint16Array; agencyDeals: Uint16Array },
): Rows {
  const brokers = ctx.brokers!;
  const agencies = ctx.agencies!;
  const y = year - 2019;
  const team: number[] = [brokers.sampler.sample(rng)];
  const supports = rng.weighted([40, 35, 18, 7]);
  for (let i = 0; i < supports; i++) {
    const b = brokers.sampler.sample(rng);
    if (!team.includes(b)) team.push(b);
  }
  team.forEach((b, i) => {
    if (i === 0)
      cand.brokerDeals[y * brokers.count + b] = Math.min(65_535, (cand.brokerDeals[y * brokers.count + b] ?? 0) + 1);
  });
  for (const [i, b] of team.entries())
    yield { file: "BROKERED", row: { from: nodeId("Broker", b), to: id, role: i === 0 ? "LEAD" : "SUPPORT" } };
  const lead = team[0]!;
  const served: number[] = [];
  if (brokers.employerKind[lead] === 0 && rng.chance(0.7)) served.push(brokers.employer[lead]!);
  if (served.length === 0 ? rng.chance(0.8) : rng.chance(0.25)) {
    const a = agencies.sampler.sample(rng);
    if (!served.includes(a)) served.push(a);
  }
  for (const a of served) {
    cand.agencyDeals[y * agencies.count + a] = Math.min(65_535, (cand.agencyDeals[y * agencies.count + a] ?? 0) + 1);
    yield { file: "SERVED", row: { from: agencies.ids(a), to: id } };
  }
}
