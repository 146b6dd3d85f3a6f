/**
 * Gould–Fernandez brokerage roles (R. V. Gould & R. M. Fernandez, "Structures of Mediation",
 * Sociological Methodology 19, 1989) on the directed flows seller → intermediary → buyer, as
 * docs/domain.md defines them: coordinator (all three in one group), gatekeeper (intermediary and
 * buyer share a group, seller differs), representative (seller and intermediary share, buyer
 * differs), consultant (seller and buyer share, intermediary differs), liaison (all differ);
 * counted per distinct (seller, buyer) pair of each intermediary.
 *
 * Groups are sets so that multi-valued attributes (a party's industrial chains) work: two parties
 * share a group when their sets intersect. Because intersection is not transitive, the roles are
 * decided in a fixed order — coordinator (one group common to all three), gatekeeper,
 * representative, consultant, liaison — which is exactly the textbook definition when every party
 * has one group (IN_CHENGDU). A pair where a party has no group is `unclassified`.
 */

export const BROKERAGE_ROLES = ["coordinator", "gatekeeper", "representative", "consultant", "liaison"] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export type RoleCounts = Record<BrokerageRole, number> & { total: number; unclassified: number };

export interface BrokerageFlow {
  intermediaryId: string;
  sellerId: string;
  buyerId: string;
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
};

/** The role of an intermediary with groups `i` between a seller with `s` and a buyer with `b`; null when a set is empty. */
export function brokerageRole(
  s: ReadonlySet<string>,
  i: ReadonlySet<string>,
  b: ReadonlySet<string>,
): BrokerageRole | null {
  if (s.size === 0 || i.size === 0 || b.size === 0) return null;
  for (const g of i) if (s.has(g) && b.has(g)) return "coordinator";
  if (intersects(i, b)) return "gatekeeper";
  if (intersects(s, i)) return "representative";
  if (intersects(s, b)) return "consultant";
  return "liaison";
}

export const emptyRoleCounts = (): RoleCounts => ({
  coordinator: 0,
  gatekeeper: 0,
  representative: 0,
  consultant: 0,
  liaison: 0,
  total: 0,
  unclassified: 0,
});

/**
 * Role counts per intermediary from its distinct (seller, buyer) pairs, with parties as integer
 * indices below N and each pair given as seller · N + buyer (numbers, not strings: hundreds of
 * thousands of pairs at x10 scale).
 */
export function countRolesOfPairs(
  pairsByIntermediary: ReadonlyMap<number, ReadonlySet<number>>,
  N: number,
  groupsOf: (party: number) => ReadonlySet<string>,
): Map<number, RoleCounts> {
  const out = new Map<number, RoleCounts>();
  for (const [i, pairs] of pairsByIntermediary) {
    const counts = emptyRoleCounts();
    for (const key of pairs) {
      const role = brokerageRole(groupsOf(Math.floor(key / N)), groupsOf(i), groupsOf(key % N));
      if (role === null) {
        counts.unclassified += 1;
      } else {
        counts[role] += 1;
        counts.total += 1;
      }
    }
    out.set(i, counts);
  }
  return out;
}

/** The distinct (seller, buyer) pairs of each intermediary, as countRolesOfPairs takes them. */
export function addFlow(
  pairs: Map<number, Set<number>>,
  N: number,
  intermediary: number,
  seller: number,
  buyer: number,
) {
  if (seller === buyer) return; // not a flow between two parties
  let set = pairs.get(intermediary);
  if (!set) pairs.set(intermediary, (set = new Set()));
  set.add(seller * N + buyer);
}

/**
 * Role counts per intermediary. Flows are deduplicated per (intermediary, seller, buyer), so an
 * intermediary that mediated the same pair in several deals counts that pair once.
 */
export function countBrokerageRoles(
  flows: Iterable<BrokerageFlow>,
  groupsOf: (id: string) => ReadonlySet<string>,
): Map<string, RoleCounts> {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const idOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = ids.push(id) - 1));
    return i;
  };
  const list = [...flows];
  for (const f of list) [f.intermediaryId, f.sellerId, f.buyerId].forEach(idOf);
  const pairs = new Map<number, Set<number>>();
  for (const f of list) addFlow(pairs, ids.length, idOf(f.intermediaryId), idOf(f.sellerId), idOf(f.buyerId));
  const counts = countRolesOfPairs(pairs, ids.length, (x) => groupsOf(ids[x] as string));
  return new Map([...counts].map(([i, c]) => [ids[i] as string, c]));
}
