/** Latency statistics and timing loops of the API benchmark. */

/** Nearest-rank percentile of the samples (ms). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Timing {
  p50: number;
  p95: number;
  samples: number[];
}

/** Run `fn` `warmup` times unmeasured, then `n` times measured, one at a time. */
export async function time(fn: () => Promise<unknown>, n: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

/**
 * Time several ways of getting the same answer in rounds, the order reversed every other round
 * (A B C, C B A, …), so that load from other processes on the machine falls on all alike.
 */
export async function timeRounds(fns: (() => Promise<unknown>)[], n: number, warmup: number): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const samples = fns.map((): number[] => []);
  const order = fns.map((_, k) => k);
  for (let i = 0; i < n; i++) {
    for (const k of i % 2 === 0 ? order : [...order].reverse()) {
      const t = performance.now();
      await fns[k]!();
      samples[k]!.push(performance.now() - t);
    }
  }
  return samples.map((s) => ({ p50: percentile(s, 50), p95: percentile(s, 95), samples: s }));
}

export const ms = (v: number | undefined): string =>
  v === undefined || Number.isNaN(v) ? "—" : v < 10 ? v.toFixed(1) : v.toFixed(0);
