/**
 * Gould–Fernandez brokerage roles (R. V. Gould & R. M. Fernandez, "Structures of Mediation",
 * Sociological Methodology 19, 1989) on the directed flows seller → intermediary → buyer, as
 * domain.md defines them: coordinator (all three in one group), gatekeeper (intermediary and
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
 * Role counts per intermediary. Flows are deduplicated per (intermediary, seller, buyer), so an
 * intermediary that mediated the same pair in several deals counts that pair once.
 */
export function countBrokerageRoles(
  flows: Iterable<BrokerageFlow>,
  groupsOf: (id: string) => ReadonlySet<string>,
): Map<string, RoleCounts> {
  const seen = new Set<string>();
  const out = new Map<string, RoleCounts>();
  for (const f of flows) {
    if (f.sellerId === f.buyerId) continue; // not a flow between two parties
    const key = `${f.intermediaryId}\u0000${f.sellerId}\u0000${f.buyerId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let counts = out.get(f.intermediaryId);
    if (!counts) out.set(f.intermediaryId, (counts = emptyRoleCounts()));
    const role = brokerageRole(groupsOf(f.sellerId), groupsOf(f.intermediaryId), groupsOf(f.buyerId));
    if (role === null) {
      counts.unclassified += 1;
    } else {
      counts[role] += 1;
      counts.total += 1;
    }
  }
  return out;
}
