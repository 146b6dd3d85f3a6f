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
 * Time two ways of getting the same answer in alternation (A B, B A, A B, …), so that load from
 * other processes on the machine falls on both alike; `b` may be absent.
 */
export async function timePair(
  a: () => Promise<unknown>,
  b: (() => Promise<unknown>) | undefined,
  n: number,
  warmup: number,
): Promise<[Timing, Timing | undefined]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b?.();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  const once = async (fn: () => Promise<unknown>, into: number[]) => {
    const t = performance.now();
    await fn();
    into.push(performance.now() - t);
  };
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0 || !b) await once(a, sa);
    if (b) await once(b, sb);
    if (i % 2 === 1 && b) await once(a, sa);
  }
  const timing = (s: number[]): Timing => ({ p50: percentile(s, 50), p95: percentile(s, 95), samples: s });
  return [timing(sa), b ? timing(sb) : undefined];
}

export const ms = (v: number | undefined): string =>
  v === undefined || Number.isNaN(v) ? "—" : v < 10 ? v.toFixed(1) : v.toFixed(0);
