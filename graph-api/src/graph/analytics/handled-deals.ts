/**
 * Deals some organisations handled, per chain, counted over the deals an analytics run already
 * holds in memory (deal-parties.ts) instead of walking each organisation's deals in Neo4j: the
 * same figures as cypher/queries/gaps/count-chain-deals-of-orgs.cypher — handled as HANDLED_AS
 * says, a deal concerns the chains of its transferred results and answered demands, each deal
 * counted once per organisation and chain.
 */
import { HANDLED_AS, type DealParties, type DealSet } from "./deal-parties.js";

/** An organisation and the chains (ids) whose deals are counted for it. */
export interface ChainsOfOrg {
  id: string;
  chains: readonly string[];
}

/**
 * For each organisation, its deals per chain, aligned with its `chains` (0: none, also for an
 * organisation or chain no deal mentions). One pass over `deals` (those of the deal set `set`).
 */
export function handledDealsPerChain(
  set: DealSet,
  deals: readonly DealParties[],
  orgs: readonly ChainsOfOrg[],
): Int32Array[] {
  const chainIndex = new Map(set.chains.map((c, i) => [c, i]));
  const counts = orgs.map((o) => new Int32Array(o.chains.length));
  // The organisation's position in `orgs` by actor index of the set (−1: not counted), and its
  // chains as chain indices of the set (−1: in no deal).
  const orgAt = new Int32Array(set.ids.length).fill(-1);
  const chainsAt: Int32Array[] = [];
  for (const [k, o] of orgs.entries()) {
    const actor = set.indexOf.get(o.id);
    if (actor !== undefined) orgAt[actor] = k;
    chainsAt.push(Int32Array.from(o.chains, (c) => chainIndex.get(c) ?? -1));
  }
  // The last deal counted for each organisation: one in two roles on a deal counts it once.
  const lastDeal = new Int32Array(orgs.length).fill(-1);
  for (const [di, d] of deals.entries()) {
    if (d.chains.length === 0) continue;
    for (const role of HANDLED_AS) {
      for (const actor of d[role]) {
        const k = orgAt[actor] as number;
        if (k < 0 || lastDeal[k] === di) continue;
        lastDeal[k] = di;
        const at = chainsAt[k] as Int32Array;
        const n = counts[k] as Int32Array;
        for (const c of d.chains) {
          const pos = at.indexOf(c);
          if (pos >= 0) n[pos] = (n[pos] as number) + 1;
        }
      }
    }
  }
  return counts;
}
