/**
 * How much a layout draws nodes on top of each other: the pairs of nodes closer than a node's
 * diameter (their discs intersect), found with a grid of cells one diameter wide so a layout of
 * thousands of nodes is measured in milliseconds. Used by the explorer benchmark and its tests.
 */
import type { Point } from "./fit-viewport";

export interface OverlapStats {
  nodes: number;
  /** Pairs of nodes whose discs of diameter `size` intersect. */
  overlappingPairs: number;
  /** overlappingPairs over all n·(n−1)/2 pairs. */
  pairShare: number;
  /** Nodes that overlap at least one other node, over all nodes. */
  nodeShare: number;
}

export function overlapStats(points: readonly Point[], size: number): OverlapStats {
  const n = points.length;
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number) => `${x},${y}`;
  points.forEach((p, i) => {
    const k = key(Math.floor(p.x / size), Math.floor(p.y / size));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });
  let pairs = 0;
  const touched = new Uint8Array(n);
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / size);
    const cy = Math.floor(p.y / size);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(key(cx + dx, cy + dy)) ?? []) {
          if (j <= i) continue;
          const q = points[j]!;
          if ((p.x - q.x) ** 2 + (p.y - q.y) ** 2 < size * size) {
            pairs++;
            touched[i] = 1;
            touched[j] = 1;
          }
        }
      }
    }
  });
  const allPairs = (n * (n - 1)) / 2;
  let overlapping = 0;
  for (const t of touched) overlapping += t;
  return {
    nodes: n,
    overlappingPairs: pairs,
    pairShare: allPairs > 0 ? pairs / allPairs : 0,
    nodeShare: n > 0 ? overlapping / n : 0,
  };
}
