/**
 * Seeded randomness for the demo-data generator. The bits come from @faker-js/faker's Mersenne
 * Twister randomizer (a maintained PRNG, not a hand-written one); this file only shapes them into
 * the distributions the generator needs. Each generator family gets its own stream (`fork`), so
 * changing one family does not shift the data of the others.
 */
import { base, Faker, generateMersenne53Randomizer, zh_CN, type Randomizer } from "@faker-js/faker";

/** A seeded random stream with the few distributions the generator uses. */
export class Rng {
  private readonly r: Randomizer;
  private fakerInstance: Faker | undefined;

  constructor(
    private readonly seed: number,
    private readonly stream = 0,
  ) {
    this.r = generateMersenne53Randomizer();
    this.r.seed([seed, stream]);
  }

  /** An independent stream for one generator family, derived from the same seed. */
  fork(stream: number): Rng {
    return new Rng(this.seed, stream);
  }

  /** A zh_CN faker driven by this stream (for Chinese person names). */
  get faker(): Faker {
    this.fakerInstance ??= new Faker({ locale: [zh_CN, base], randomizer: this.r });
    return this.fakerInstance;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.r.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.r.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.r.next() < p;
  }

  pick<T>(items: ArrayLike<T>): T {
    const v = items[Math.floor(this.r.next() * items.length)];
    if (v === undefined) throw new Error("pick from an empty list");
    return v;
  }

  /** Index drawn in proportion to `weights`. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.r.next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.r.next();
    const v = this.r.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Geometric-like count with the given mean (Poisson would be too regular for activity). */
  count(mean: number, max: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (1 + mean);
    const k = Math.floor(Math.log(1 - this.r.next()) / Math.log(1 - p));
    return Math.min(k, max);
  }

  /** A random permutation of 0..n-1 (Fisher–Yates). */
  permutation(n: number): Int32Array {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.r.next() * (i + 1));
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    }
    return a;
  }
}

/**
 * Heavy-tailed sampler over n items: item at rank k (1-based) has weight k^-exponent, and ranks
 * are assigned to items by a seeded permutation so the busiest items are spread over the id range.
 * Memory: two typed arrays of n entries.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;
  private readonly itemAtRank: Int32Array;

  constructor(rng: Rng, n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += Math.pow(k + 1, -exponent);
      this.cumulative[k] = total;
    }
    this.itemAtRank = rng.permutation(n);
  }

  get size(): number {
    return this.itemAtRank.length;
  }

  /** An item index, busiest items most often. */
  sample(rng: Rng): number {
    const n = this.cumulative.length;
    const u = rng.next() * (this.cumulative[n - 1] ?? 0);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > u) hi = mid;
      else lo = mid + 1;
    }
    return this.itemAtRank[lo] ?? 0;
  }
}
