/**
 * Burt's structural-hole measures — constraint and effective size — on an undirected weighted
 * graph. graphology-metrics has neither, so they are implemented here, following
 * R. S. Burt, Structural Holes (1992), ch. 2, in the weighted form of
 * networkx.algorithms.structuralholes (mutual weights w_ij + w_ji reduce to 2·w_ij in an
 * undirected graph, and the factor 2 cancels in both normalisations):
 *
 *   p_ij = w_ij / Σ_k w_ik          proportional strength of i's tie to j
 *   m_jq = w_jq / max_k w_jk        marginal strength of j's tie to q (relative to j's strongest)
 *
 *   constraint      C_i  = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq · p_qj )²
 *   effective size  ES_i = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i), q ≠ j} p_iq · m_jq )
 *
 * With unit weights ES_i = n − 2t/n (n = degree, t = ties among the neighbours). An isolated node
 * has no constraint (null) and effective size 0.
 */

/** An undirected weighted tie; listing a pair twice adds the weights; self-loops are ignored. */
export interface WeightedTie {
  source: string;
  target: string;
  weight: number;
}

export interface StructuralHoles {
  constraint: number | null;
  effectiveSize: number;
}

/** A compressed undirected adjacency: the neighbours of node i are nbr[start[i] .. start[i+1]), ascending. */
export interface Csr {
  n: number;
  start: Int32Array;
  nbr: Int32Array;
  /** Tie weights aligned with nbr. */
  wt: Float64Array;
}

/**
 * Constraint and effective size of every node of a compressed adjacency whose neighbour lists are
 * sorted. For each tie (i, j) the sums over q ∈ N(i) ∩ N(j) walk the shorter of the two lists —
 * j's list against a dense marker of i's ties, or i's list with a binary search in j's — so the
 * cost is Σ over ties of min(deg i, deg j) (× log), not Σ_j deg(j)²: hubs with tens of thousands
 * of partners made the plain walk take minutes on large graphs.
 * Returns constraint (NaN for an isolated node) and effective size per node index.
 */
export function structuralHolesCsr({ n, start, nbr, wt }: Csr): {
  constraint: Float64Array;
  effectiveSize: Float64Array;
} {
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = start[i] as number, end = start[i + 1] as number; k < end; k++) {
      const w = wt[k] as number;
      strength[i] = (strength[i] as number) + w;
      if (w > (strongest[i] as number)) strongest[i] = w;
    }
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const pOfI = new Float64Array(n); // p_iq for the current i (0 elsewhere)
  /** Position of q in j's sorted list, or −1. */
  const find = (j: number, q: number): number => {
    let lo = start[j] as number;
    let hi = (start[j + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = nbr[mid] as number;
      if (v === q) return mid;
      if (v < q) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  for (let i = 0; i < n; i++) {
    const si = strength[i] as number;
    const from = start[i] as number;
    const to = start[i + 1] as number;
    if (to === from || si === 0) {
      constraint[i] = Number.NaN;
      continue;
    }
    for (let k = from; k < to; k++) pOfI[nbr[k] as number] = (wt[k] as number) / si;
    let c = 0;
    let es = 0;
    for (let k = from; k < to; k++) {
      const j = nbr[k] as number;
      const mj = strongest[j] as number;
      let indirect = 0; // Σ_q p_iq · p_qj
      let redundancy = 0; // Σ_q p_iq · m_jq
      const jFrom = start[j] as number;
      const jTo = start[j + 1] as number;
      if (jTo - jFrom <= to - from) {
        for (let l = jFrom; l < jTo; l++) {
          const q = nbr[l] as number;
          const piq = pOfI[q] as number;
          if (piq === 0 || q === i) continue; // q must be another neighbour of i
          const wjq = wt[l] as number;
          indirect += piq * (wjq / (strength[q] as number));
          if (mj > 0) redundancy += piq * (wjq / mj);
        }
      } else {
        for (let l = from; l < to; l++) {
          const q = nbr[l] as number;
          if (q === j) continue;
          const at = find(j, q);
          if (at < 0) continue;
          const piq = pOfI[q] as number;
          const wjq = wt[at] as number;
          indirect += piq * (wjq / (strength[q] as number));
          if (mj > 0) redundancy += piq * (wjq / mj);
        }
      }
      const pij = (wt[k] as number) / si;
      c += (pij + indirect) ** 2;
      es += 1 - redundancy;
    }
    for (let k = from; k < to; k++) pOfI[nbr[k] as number] = 0;
    constraint[i] = c;
    effectiveSize[i] = es;
  }
  return { constraint, effectiveSize };
}

/** A sorted compressed adjacency from per-node neighbour → weight maps. */
export function csrFromLists(lists: readonly (Map<number, number> | undefined)[], n: number): Csr {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (lists[i]?.size ?? 0);
  const nbr = new Int32Array(start[n] as number);
  const wt = new Float64Array(start[n] as number);
  for (let i = 0; i < n; i++) {
    const entries = [...(lists[i] ?? [])].sort((a, b) => a[0] - b[0]);
    let k = start[i] as number;
    for (const [j, w] of entries) {
      nbr[k] = j;
      wt[k] = w;
      k += 1;
    }
  }
  return { n, start, nbr, wt };
}

/** Constraint and effective size of every node of a list of ties (string ids). */
export function structuralHoles(
  ties: Iterable<WeightedTie>,
  isolated: Iterable<string> = [],
): Map<string, StructuralHoles> {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  // Per-node neighbour → weight (pairs listed twice are added).
  const lists: Map<number, number>[] = [];
  const add = (a: number, b: number, w: number) => {
    const m = (lists[a] ??= new Map());
    m.set(b, (m.get(b) ?? 0) + w);
  };
  for (const t of ties) {
    if (t.source === t.target) continue;
    const a = idOf(t.source);
    const b = idOf(t.target);
    add(a, b, t.weight);
    add(b, a, t.weight);
  }
  for (const id of isolated) idOf(id);
  const { constraint, effectiveSize } = structuralHolesCsr(csrFromLists(lists, ids.length));
  const out = new Map<string, StructuralHoles>();
  ids.forEach((id, i) => {
    const c = constraint[i] as number;
    out.set(id, { constraint: Number.isNaN(c) ? null : c, effectiveSize: effectiveSize[i] as number });
  });
  return out;
}
