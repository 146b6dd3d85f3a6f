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

/** Adjacency of an undirected weighted graph without self-loops: node → neighbour → weight. */
export type WeightedAdjacency = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface StructuralHoles {
  constraint: number | null;
  effectiveSize: number;
}

/** Build the adjacency from undirected edges (a pair listed twice has its weights added). */
export function adjacencyOf(edges: Iterable<{ source: string; target: string; weight: number }>): Map<string, Map<string, number>> {
  const adj = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, w: number) => {
    let m = adj.get(a);
    if (!m) adj.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + w);
  };
  for (const e of edges) {
    if (e.source === e.target) continue;
    add(e.source, e.target, e.weight);
    add(e.target, e.source, e.weight);
  }
  return adj;
}

/** Constraint and effective size of every node of the adjacency. */
export function structuralHoles(adj: WeightedAdjacency): Map<string, StructuralHoles> {
  const strength = new Map<string, number>();
  const strongest = new Map<string, number>();
  for (const [i, nbrs] of adj) {
    let sum = 0;
    let max = 0;
    for (const w of nbrs.values()) {
      sum += w;
      if (w > max) max = w;
    }
    strength.set(i, sum);
    strongest.set(i, max);
  }

  const out = new Map<string, StructuralHoles>();
  for (const [i, nbrsI] of adj) {
    const si = strength.get(i) ?? 0;
    if (nbrsI.size === 0 || si === 0) {
      out.set(i, { constraint: null, effectiveSize: 0 });
      continue;
    }
    let constraint = 0;
    let effectiveSize = 0;
    for (const [j, wij] of nbrsI) {
      const nbrsJ = adj.get(j);
      const mj = strongest.get(j) ?? 0;
      let indirect = 0; // Σ_q p_iq · p_qj
      let redundancy = 0; // Σ_q p_iq · m_jq
      if (nbrsJ) {
        // q must be a neighbour of both i and j; walk the smaller neighbourhood.
        const [small, large] = nbrsJ.size <= nbrsI.size ? [nbrsJ, nbrsI] : [nbrsI, nbrsJ];
        for (const q of small.keys()) {
          if (q === i || q === j || !large.has(q)) continue;
          const wiq = nbrsI.get(q) ?? 0;
          const wjq = nbrsJ.get(q) ?? 0;
          const piq = wiq / si;
          const sq = strength.get(q) ?? 0;
          if (sq > 0) indirect += piq * (wjq / sq);
          if (mj > 0) redundancy += piq * (wjq / mj);
        }
      }
      const pij = wij / si;
      constraint += (pij + indirect) ** 2;
      effectiveSize += 1 - redundancy;
    }
    out.set(i, { constraint, effectiveSize });
  }
  return out;
}
