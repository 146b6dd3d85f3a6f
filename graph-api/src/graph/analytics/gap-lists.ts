/**
 * The alliance's gap lists computed by the analytics run and stored with a slot (AnalyticsList):
 *  - member gaps of a period ('memberGaps|<allianceId>' and 'memberGaps|*' for every alliance of
 *    kind ALLIANCE), from the deals already loaded for the network — the same definitions as
 *    cypher/queries/gaps/list-member-gaps.cypher (a member handles a deal as seller, through its
 *    labs, as buyer, serving agency or employer of a broker on it; partners are the alliance's
 *    other members that took part in one of its deals, any date; a chain is covered when the
 *    member or a partner agency COVERS it), sorted by uncovered deals;
 *  - chain gaps ('chainGaps|<allianceId>', 'chainGaps|*'): supply, demand and intermediaries per
 *    chain (cypher/queries/gaps/list-chain-gaps.cypher), with the member agencies of each scope.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import type { ChainCounts } from "../gaps/chain-gaps.js";
import { RUN_QUERY_TIMEOUT_MS, writeListBatch } from "./analytics-store.js";
import type { DealParties, DealSet } from "./deal-parties.js";

export const ALL_ALLIANCES = "*";

interface Membership {
  memberId: string;
  memberType: string;
  allianceId: string;
  allianceKind: string;
  covers: string[];
}

export interface GapInputs {
  memberships: Membership[];
  chainCounts: ChainCounts[];
  agenciesByAlliance: { allianceId: string; allianceKind: string; chainId: string; agencies: string[] }[];
}

export async function loadGapInputs(driver: Driver, database?: string): Promise<GapInputs> {
  const opts = { database, timeoutMs: RUN_QUERY_TIMEOUT_MS };
  const [memberships, chainCounts, agenciesByAlliance] = await Promise.all([
    runQuery<Membership & Record<string, unknown>>(driver, "analytics/list-alliance-members", {}, opts),
    // Supply and demand do not depend on the alliance: member agencies come per alliance below.
    runQuery<ChainCounts & Record<string, unknown>>(driver, "gaps/list-chain-gaps", { allianceIds: [] }, opts),
    runQuery<GapInputs["agenciesByAlliance"][number] & Record<string, unknown>>(
      driver,
      "analytics/list-member-agencies-by-chain",
      {},
      opts,
    ),
  ]);
  return { memberships, chainCounts, agenciesByAlliance };
}

const participants = (d: DealParties): number[] => [
  ...new Set([...d.sellers, ...d.buyers, ...d.sellerInstitutions, ...d.agencies, ...d.employers]),
];

interface MemberGapRow {
  memberId: string;
  memberType: string;
  allianceId: string;
  handledChains: number;
  partners: number;
  uncovered: { chainId: string; deals: number }[];
}

/** A list's arrays by field (an integer array may be stored as bytes, int32-bytes.ts). */
export type ListArrays = Record<string, unknown[] | Int8Array>;

/**
 * What member gaps need beyond a period's deals: each member's memberships and covered chains, and
 * its partners over every deal (any date). The same for every period of a run: built once.
 */
export interface MemberIndex {
  membersOf: Map<number, Membership[]>;
  covers: Map<number, Set<string>>;
  /** `${member}|${allianceId}` → partners. */
  partners: Map<string, Set<number>>;
}

export function memberIndex(set: DealSet, inputs: GapInputs): MemberIndex {
  const membersOf = new Map<number, Membership[]>(); // actor index → its memberships
  const inAlliance = new Map<string, Set<number>>();
  const covers = new Map<number, Set<string>>();
  for (const m of inputs.memberships) {
    const i = set.indexOf.get(m.memberId);
    if (i === undefined) continue; // took part in no deal: no gap
    membersOf.set(i, [...(membersOf.get(i) ?? []), m]);
    let s = inAlliance.get(m.allianceId);
    if (!s) inAlliance.set(m.allianceId, (s = new Set()));
    s.add(i);
    covers.set(i, new Set(m.covers));
  }
  // Partners over every deal (any date).
  const partners = new Map<string, Set<number>>();
  for (const d of set.deals) {
    const p = participants(d);
    for (const m of p) {
      for (const ms of membersOf.get(m) ?? []) {
        const others = inAlliance.get(ms.allianceId) as Set<number>;
        for (const q of p) {
          if (q === m || !others.has(q)) continue;
          const key = `${m}|${ms.allianceId}`;
          let s = partners.get(key);
          if (!s) partners.set(key, (s = new Set()));
          s.add(q);
        }
      }
    }
  }
  return { membersOf, covers, partners };
}

/** Member gap lists of a period: name → rows in answer order. */
export function memberGapLists(
  set: DealSet,
  periodDeals: readonly DealParties[],
  { membersOf, covers, partners }: MemberIndex,
): Map<string, ListArrays> {
  // Handled chains over the period's deals.
  const handled = new Map<number, Map<number, number>>(); // member → chain → deals
  for (const d of periodDeals) {
    for (const m of participants(d)) {
      if (!membersOf.has(m)) continue;
      let h = handled.get(m);
      if (!h) handled.set(m, (h = new Map()));
      for (const c of d.chains) h.set(c, (h.get(c) ?? 0) + 1);
    }
  }
  const rows: (MemberGapRow & { kind: string })[] = [];
  for (const [m, memberships] of membersOf) {
    const h = handled.get(m);
    if (!h) continue;
    for (const ms of memberships) {
      const ps = partners.get(`${m}|${ms.allianceId}`) ?? new Set<number>();
      const covered = new Set(covers.get(m));
      for (const q of ps) for (const c of covers.get(q) ?? []) covered.add(c);
      const uncovered = [...h]
        .map(([c, deals]) => ({ chainId: set.chains[c] as string, deals }))
        .filter((x) => !covered.has(x.chainId))
        .sort((a, b) => b.deals - a.deals || (a.chainId < b.chainId ? -1 : 1));
      if (uncovered.length === 0) continue;
      rows.push({
        memberId: ms.memberId,
        memberType: ms.memberType,
        allianceId: ms.allianceId,
        kind: ms.allianceKind,
        handledChains: h.size,
        partners: ps.size,
        uncovered,
      });
    }
  }
  const total = (r: MemberGapRow) => r.uncovered.reduce((s, c) => s + c.deals, 0);
  rows.sort(
    (a, b) =>
      total(b) - total(a) ||
      (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.allianceId < b.allianceId ? -1 : 1),
  );
  const lists = new Map<string, MemberGapRow[]>([[ALL_ALLIANCES, rows.filter((r) => r.kind === "ALLIANCE")]]);
  for (const r of rows) lists.set(r.allianceId, [...(lists.get(r.allianceId) ?? []), r]);
  return new Map([...lists].map(([scope, list]) => [`memberGaps|${scope}`, memberGapArrays(list)]));
}

function memberGapArrays(rows: MemberGapRow[]): ListArrays {
  const start = [0];
  const chain: string[] = [];
  const deals: number[] = [];
  for (const r of rows) {
    for (const u of r.uncovered) {
      chain.push(u.chainId);
      deals.push(u.deals);
    }
    start.push(chain.length);
  }
  return {
    memberId: rows.map((r) => r.memberId),
    memberType: rows.map((r) => r.memberType),
    allianceId: rows.map((r) => r.allianceId),
    handledChains: rows.map((r) => neo4j.int(r.handledChains)),
    partners: rows.map((r) => neo4j.int(r.partners)),
    uncoveredStart: start.map((x) => neo4j.int(x)),
    uncoveredChain: chain,
    uncoveredDeals: deals.map((x) => neo4j.int(x)),
  };
}

/** Chain gap lists of a graph version: name → arrays, one entry per chain. */
export function chainGapLists(inputs: GapInputs): Map<string, ListArrays> {
  const scopes = new Map<string, Map<string, Set<string>>>(); // scope → chain → agencies
  const add = (scope: string, chain: string, agencies: string[]) => {
    let byChain = scopes.get(scope);
    if (!byChain) scopes.set(scope, (byChain = new Map()));
    let s = byChain.get(chain);
    if (!s) byChain.set(chain, (s = new Set()));
    for (const a of agencies) s.add(a);
  };
  scopes.set(ALL_ALLIANCES, new Map());
  for (const r of inputs.agenciesByAlliance) {
    add(r.allianceId, r.chainId, r.agencies);
    if (r.allianceKind === "ALLIANCE") add(ALL_ALLIANCES, r.chainId, r.agencies);
  }
  const c = inputs.chainCounts;
  const int = (f: (x: ChainCounts) => number) => c.map((x) => neo4j.int(f(x)));
  return new Map(
    [...scopes].map(([scope, byChain]) => [
      `chainGaps|${scope}`,
      {
        chainId: c.map((x) => x.chainId),
        availableResults: int((x) => x.availableResults),
        labs: int((x) => x.labs),
        openDemands: int((x) => x.openDemands),
        enterprises: int((x) => x.enterprises),
        memberAgencies: int((x) => byChain.get(x.chainId)?.size ?? 0),
        brokers: int((x) => x.brokers),
      },
    ]),
  );
}

export async function writeLists(
  driver: Driver,
  slot: string,
  lists: Map<string, ListArrays>,
  database?: string,
): Promise<void> {
  await writeListBatch(driver, slot, lists, database);
}
