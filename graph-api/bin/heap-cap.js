// The V8 heap cap of `ttgraph` commands. Imports and exports stream their input, so their live
// data is small (≈120 MB of ids at x10 scale), but an uncapped V8 lets garbage grow the process
// to ≈760 MB before collecting; capped at 384 MB the x10 import peaks at ≈350 MB RSS at the
// same speed (BENCHMARKS.md). Override with NODE_OPTIONS=--max-old-space-size=<MB>.
export const HEAP_CAP_MB = 384;
export const HEAP_FLAG = `--max-old-space-size=${HEAP_CAP_MB}`;
// `ttgraph analyze` holds one period's graph, metrics and rows in memory (≈1 GB at x10 scale for
// all dates): its cap keeps the process within the 1.5 GB the analytics run is allowed.
export const ANALYZE_HEAP_CAP_MB = 1280;

/** The heap flag of a command (its first argument). */
export function heapFlagFor(command) {
  return `--max-old-space-size=${command === "analyze" ? ANALYZE_HEAP_CAP_MB : HEAP_CAP_MB}`;
}
