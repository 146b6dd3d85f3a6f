/** Shared sampling helpers: zones, districts and chains (chain sets are 32-bit masks). */
import type { Chains, Places } from "./context.js";
import { Zone } from "./context.js";
import { CHAIN_TOPICS } from "./chain-topics.js";
import type { Rng } from "./random.js";

/** A zone drawn with the given probabilities for Chengdu, Chongqing and elsewhere. */
export function pickZone(rng: Rng, chengdu: number, chongqing: number): Zone {
  const u = rng.next();
  return u < chengdu ? Zone.Chengdu : u < chengdu + chongqing ? Zone.Chongqing : Zone.Elsewhere;
}

/** A district index in a zone, busier districts more often. */
export function pickDistrict(rng: Rng, places: Places, zone: Zone): number {
  return rng.weighted(places.weights[zone] ?? []);
}

/** A chain index in proportion to the given per-chain weights. */
export function pickChain(rng: Rng, weights: readonly number[]): number {
  return rng.weighted(weights);
}

/** A mask of 1..max distinct chains drawn by weight. */
export function pickChainMask(rng: Rng, weights: readonly number[], max: number): number {
  const k = rng.int(1, max);
  let mask = 0;
  for (let i = 0; i < k; i++) mask |= 1 << pickChain(rng, weights);
  return mask >>> 0;
}

export function chainsOf(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 32; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

/** One chain of a mask (uniform), or a weighted pick when the mask is empty. */
export function chainFromMask(rng: Rng, mask: number, chains: Chains): number {
  const list = chainsOf(mask);
  return list.length ? rng.pick(list) : pickChain(rng, chains.supply);
}

/** Chains whose keywords occur in a text (a real institution's name and disciplines). */
export function chainMaskFromText(text: string, chains: Chains): number {
  let mask = 0;
  chains.names.forEach((name, i) => {
    if (CHAIN_TOPICS[name]?.keywords.some((k) => text.includes(k))) mask |= 1 << i;
  });
  return mask >>> 0;
}

/** Keep the busiest of a capped list: insert (id, value) into a best-first list of at most `cap`. */
export function keepTop<T extends { amount: number }>(list: T[], item: T, cap: number): void {
  if (list.length >= cap && (list[list.length - 1]?.amount ?? 0) >= item.amount) return;
  let i = list.length;
  while (i > 0 && (list[i - 1]?.amount ?? 0) < item.amount) i--;
  list.splice(i, 0, item);
  if (list.length > cap) list.pop();
}

/** Index of the first serial in `sorted` (ordered by `keyOf[serial]`) whose key is ≥ `key`. */
export function firstOnOrAfter(sorted: Int32Array, keyOf: ArrayLike<number>, key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keyOf[sorted[mid]!] ?? 0) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
