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

/**
 * Constraint and effective size of every node of the adjacency. Runs on integer indices with a
 * dense marker of i's tie weights, so the cost is Σ_j deg(j)² array reads (hubs of ten thousand
 * ties at city scale made per-pair Map lookups take tens of seconds).
 */
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
  // Per-node neighbour → weight (pairs listed twice are added), then compressed adjacency:
  // the neighbours of node i are nbr[start[i] .. start[i+1]).
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
  const n = ids.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (lists[i]?.size ?? 0);
  const nbr = new Int32Array(start[n] as number);
  const wt = new Float64Array(start[n] as number);
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = start[i] as number;
    for (const [j, w] of lists[i] ?? []) {
      nbr[k] = j;
      wt[k] = w;
      k += 1;
      strength[i] = (strength[i] as number) + w;
      if (w > (strongest[i] as number)) strongest[i] = w;
    }
  }

  const pOfI = new Float64Array(n); // p_iq for the current i (0 elsewhere)
  const out = new Map<string, StructuralHoles>();
  for (let i = 0; i < n; i++) {
    const si = strength[i] as number;
    const from = start[i] as number;
    const to = start[i + 1] as number;
    if (to === from || si === 0) {
      out.set(ids[i] as string, { constraint: null, effectiveSize: 0 });
      continue;
    }
    for (let k = from; k < to; k++) pOfI[nbr[k] as number] = (wt[k] as number) / si;
    let constraint = 0;
    let effectiveSize = 0;
    for (let k = from; k < to; k++) {
      const j = nbr[k] as number;
      const mj = strongest[j] as number;
      let indirect = 0; // Σ_q p_iq · p_qj
      let redundancy = 0; // Σ_q p_iq · m_jq
      for (let l = start[j] as number, end = start[j + 1] as number; l < end; l++) {
        const q = nbr[l] as number;
        const piq = pOfI[q] as number;
        if (piq === 0 || q === i) continue; // q must be a neighbour of i (j itself never is its own neighbour)
        const wjq = wt[l] as number;
        indirect += piq * (wjq / (strength[q] as number));
        if (mj > 0) redundancy += piq * (wjq / mj);
      }
      const pij = (wt[k] as number) / si;
      constraint += (pij + indirect) ** 2;
      effectiveSize += 1 - redundancy;
    }
    for (let k = from; k < to; k++) pOfI[nbr[k] as number] = 0;
    out.set(ids[i] as string, { constraint, effectiveSize });
  }
  return out;
}
