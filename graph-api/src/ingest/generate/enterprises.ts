/**
 * Synthetic enterprises: most in Chengdu's districts, some in Chongqing and elsewhere (they are
 * the buyers from outside), each in one or two key chains, with checksum-valid USCCs, a size mix
 * dominated by small firms, and a few chain leaders (链主企业).
 */
import type { Ctx, Rows } from "./context.js";
import { need, Zone } from "./context.js";
import { isoDay, LAST_DAY } from "./dates.js";
import { nodeId, syntheticNameEn } from "./ids.js";
import { topicsOf } from "./chain-topics.js";
import { brand, FIRM_FORMS } from "./names.js";
import { chainsOf, pickChain, pickDistrict, pickZone } from "./sampling.js";
import { makeUscc } from "./uscc-code.js";

const SIZES = ["LARGE", "MEDIUM", "SMALL", "MICRO"] as const;

export function* generateEnterprises(ctx: Ctx): Rows {
  const rng = ctx.rng.fork(7);
  const places = need(ctx.places, "places");
  const chains = need(ctx.chains, "chains");
  const alliances = need(ctx.alliances, "alliances");
  const count = ctx.scale.enterprises;
  const district = new Int16Array(count);
  const chainMask = new Uint32Array(count);
  const primary = new Uint8Array(count);
  const zones = new Uint8Array(count);
  const salt = rng.int(0, 99_999_999);

  for (let n = 0; n < count; n++) {
    const id = nodeId("Enterprise", n);
    const zone = pickZone(rng, 0.8, 0.09);
    const d = pickDistrict(rng, places, zone);
    const chain = pickChain(rng, chains.supply);
    let mask = 1 << chain;
    if (rng.chance(0.4)) mask |= 1 << pickChain(rng, chains.supply);
    district[n] = d;
    chainMask[n] = mask >>> 0;
    primary[n] = chain;
    zones[n] = zone;
    const size = SIZES[rng.weighted([3, 12, 40, 45])]!;
    const big = size === "LARGE" || size === "MEDIUM";
    const chainLeader = size === "LARGE" && rng.chance(0.25);
    const name = `${places.cityPrefix[d]}${brand(rng)}${rng.pick(topicsOf(chains.names[chain]!).firmWords)}${rng.pick(FIRM_FORMS)}`;
    yield {
      file: "Enterprise",
      row: {
        id,
        name,
        nameEn: syntheticNameEn("enterprise", n),
        uscc: makeUscc(places.adminCode[d]!, n, salt),
        highTech: rng.chance(big ? 0.5 : 0.25),
        chainLeader,
        size,
      },
    };
    yield { file: "LOCATED_IN", row: { from: id, to: places.ids[d] } };
    for (const c of chainsOf(mask)) yield { file: "IN_CHAIN", row: { from: id, to: chains.ids[c] } };
    if (zone === Zone.Chengdu && (chainLeader || rng.chance(0.04))) {
      const since = rng.int(alliances.since[alliances.city]!, LAST_DAY);
      yield { file: "MEMBER_OF", row: { from: id, to: alliances.ids[alliances.city], since: isoDay(since) } };
    }
    const industry = alliances.byChain[chain] ?? [];
    if (industry.length && (chainLeader || rng.chance(0.03))) {
      const a = rng.pick(industry);
      yield {
        file: "MEMBER_OF",
        row: { from: id, to: alliances.ids[a], since: isoDay(rng.int(alliances.since[a]!, LAST_DAY)) },
      };
    }
  }
  ctx.enterprises = {
    count,
    ids: (n) => nodeId("Enterprise", n),
    district,
    chainMask,
    byZoneChain: group(zones, primary, chains.ids.length),
  };
}

/** Serials grouped by zone and primary chain, two passes over typed arrays (no per-item objects). */
function group(zones: Uint8Array, primary: Uint8Array, chainCount: number): Int32Array[][] {
  const sizes = [0, 1, 2].map(() => new Int32Array(chainCount));
  zones.forEach((z, n) => sizes[z]![primary[n]!]!++);
  const out = sizes.map((row) => [...row].map((s) => new Int32Array(s)));
  const fill = [0, 1, 2].map(() => new Int32Array(chainCount));
  zones.forEach((z, n) => {
    const c = primary[n]!;
    out[z]![c]![fill[z]![c]!++] = n;
  });
  return out;
}
