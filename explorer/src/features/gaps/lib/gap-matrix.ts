/**
 * Partner gaps → a chain × member matrix. Columns are chains (gap chains first, then by pressure);
 * rows are alliance members with the deals they handled in chains no partner member covers;
 * a cell holds those deals (0 = covered or not handled). Intensity is scaled to the largest cell.
 */

export interface ChainGapInput {
  chainId: string;
  chainName: string;
  availableResults: number;
  labs: number;
  openDemands: number;
  enterprises: number;
  intermediaries: number;
  gap: boolean;
  pressure: number;
}

export interface MemberGapInput {
  memberId: string;
  memberName: string;
  memberType: string;
  handledChains: number;
  partners: number;
  uncoveredChains: readonly { chainId: string; chainName: string; deals: number }[];
}

export interface MatrixColumn {
  chainId: string;
  name: string;
  gap: boolean;
  pressure: number;
  supply: number;
  demand: number;
  intermediaries: number;
}

export interface MatrixRow {
  memberId: string;
  name: string;
  type: string;
  partners: number;
  /** Uncovered deals per chain id. */
  cells: Record<string, number>;
  /** Sum of the row's uncovered deals. */
  total: number;
}

export interface GapMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Largest cell, for colour intensity (0 when the matrix is empty). */
  max: number;
}

export function gapMatrix(chains: readonly ChainGapInput[], members: readonly MemberGapInput[]): GapMatrix {
  const columns = new Map<string, MatrixColumn>();
  for (const c of chains) {
    columns.set(c.chainId, {
      chainId: c.chainId,
      name: c.chainName,
      gap: c.gap,
      pressure: c.pressure,
      supply: c.availableResults + c.labs,
      demand: c.openDemands + c.enterprises,
      intermediaries: c.intermediaries,
    });
  }
  // A member's uncovered chain missing from partnerGaps (cut by its limit) still gets a column.
  for (const m of members)
    for (const u of m.uncoveredChains)
      if (!columns.has(u.chainId))
        columns.set(u.chainId, {
          chainId: u.chainId,
          name: u.chainName,
          gap: false,
          pressure: 0,
          supply: 0,
          demand: 0,
          intermediaries: 0,
        });
  // A member of several alliances appears once per alliance (all alliances chosen): one row, the
  // larger figure per chain (the same deals, seen against different partner sets).
  const byMember = new Map<string, MatrixRow>();
  for (const m of members) {
    const row = byMember.get(m.memberId) ?? {
      memberId: m.memberId,
      name: m.memberName,
      type: m.memberType,
      partners: 0,
      cells: {},
      total: 0,
    };
    row.partners = Math.max(row.partners, m.partners);
    for (const u of m.uncoveredChains) row.cells[u.chainId] = Math.max(row.cells[u.chainId] ?? 0, u.deals);
    byMember.set(m.memberId, row);
  }
  const rows = [...byMember.values()];
  for (const r of rows) r.total = Object.values(r.cells).reduce((a, b) => a + b, 0);
  rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "zh"));
  const cols = [...columns.values()].sort(
    (a, b) => Number(b.gap) - Number(a.gap) || b.pressure - a.pressure || a.name.localeCompare(b.name, "zh"),
  );
  const max = Math.max(0, ...rows.flatMap((r) => Object.values(r.cells)));
  return { columns: cols, rows, max };
}

/** Cell background: white for 0, then from light to strong red with the number of uncovered deals. */
export function cellColor(deals: number, max: number): string {
  if (deals <= 0 || max <= 0) return "transparent";
  const t = 0.2 + 0.8 * Math.min(1, deals / max);
  return `rgba(214, 39, 40, ${t.toFixed(2)})`;
}
