/**
 * Per alliance member, the chains in which it handled deals in a period but no partner member
 * covers. "Handled" and "partner member" are defined in cypher/queries/gaps/list-member-gaps.cypher:
 * a member handles a deal as seller (an institution also through its labs), buyer, serving agency
 * or employer of a broker on it; a deal concerns the chains of its transferred results and
 * answered demands; partner members are the other members of the same alliance that took part in
 * at least one deal with it (any date); a chain is covered when the member itself or a partner
 * agency COVERS it.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { ALL_ALLIANCES, type ListArrays } from "../analytics/gap-lists.js";
import { isStandardPeriod, namesOf, storedListHead, type StoredListContext } from "../analytics/stored-lists.js";
import type { Period } from "../network/network-service.js";
import { allianceIds } from "./alliances.js";
import type { GapOptions } from "./chain-gaps.js";

export interface HandledChain {
  chainId: string;
  chainName: string;
  deals: number;
}

export interface MemberGap {
  memberId: string;
  memberName: string;
  memberType: string;
  allianceId: string;
  handledChains: number;
  partners: number;
  uncoveredChains: HandledChain[];
}

interface MemberRow {
  memberId: string;
  memberName: string;
  memberType: string;
  allianceId: string;
  partners: number;
  covered: string[];
  handled: HandledChain[];
}

/** Handled chains not covered, most deals first (pure). */
export function uncoveredChains(handled: HandledChain[], covered: Iterable<string>): HandledChain[] {
  const cov = new Set(covered);
  return handled
    .filter((h) => !cov.has(h.chainId))
    .sort((a, b) => b.deals - a.deals || (a.chainId < b.chainId ? -1 : 1));
}

/**
 * Member gaps of a period: from the lists the analytics run stored for the current graph version
 * (all dates and calendar years), else from the live query (the database does the work).
 */
export async function memberGaps(
  rq: RequestContext,
  args: Period & { allianceId: string | null; limit: number },
  options: GapOptions = {},
): Promise<MemberGap[]> {
  if (options.stored && isStandardPeriod(args)) {
    // Only the rows asked for: the list of every alliance has 16,000 members at x10 scale.
    const head = (name: string, limit: number) =>
      storedListHead(options.stored as StoredListContext, args, `memberGaps|${name}`, limit, MEMBER_GAP_COLUMNS);
    const list = await head(args.allianceId ?? ALL_ALLIANCES, args.limit);
    if (list) return fromList(options.stored, list, args.limit);
    // An alliance without a list: no member of it took part in a deal (or it does not exist).
    if (list === undefined && args.allianceId !== null && (await head(ALL_ALLIANCES, 0))) return [];
  }
  return liveMemberGaps(rq, args, options);
}

/** The columns of a stored member gaps list (gap-lists.ts, memberGapArrays). */
const MEMBER_GAP_COLUMNS = {
  rows: ["memberId", "memberType", "allianceId", "handledChains", "partners"],
  start: "uncoveredStart",
  items: ["uncoveredChain", "uncoveredDeals"],
};

async function fromList(ctx: StoredListContext, list: ListArrays, limit: number): Promise<MemberGap[]> {
  const ids = (list.memberId as string[]).slice(0, limit);
  const start = list.uncoveredStart as number[];
  const chains = list.uncoveredChain as string[];
  const names = await namesOf(ctx, [...ids, ...chains.slice(0, start[ids.length] ?? 0)]);
  return ids.map((memberId, i) => ({
    memberId,
    memberName: names.get(memberId)?.name ?? memberId,
    memberType: (list.memberType as string[])[i] as string,
    allianceId: (list.allianceId as string[])[i] as string,
    handledChains: (list.handledChains as number[])[i] as number,
    partners: (list.partners as number[])[i] as number,
    uncoveredChains: chains.slice(start[i], start[i + 1]).map((chainId, k) => ({
      chainId,
      chainName: names.get(chainId)?.name ?? chainId,
      deals: (list.uncoveredDeals as number[])[(start[i] as number) + k] as number,
    })),
  }));
}

async function liveMemberGaps(
  rq: RequestContext,
  args: Period & { allianceId: string | null; limit: number },
  { cache }: GapOptions = {},
): Promise<MemberGap[]> {
  const load = async () => {
    const ids = await allianceIds(rq, args.allianceId);
    return runQuery<MemberRow & Record<string, unknown>>(rq, "gaps/list-member-gaps", {
      allianceIds: ids,
      from: args.from,
      to: args.to,
    });
  };
  const key = `memberGaps|${args.allianceId ?? "*"}|${args.from ?? "*"}..${args.to ?? "*"}`;
  const rows = cache ? await cache.cached(rq, key, load) : await load();
  const total = (g: MemberGap) => g.uncoveredChains.reduce((s, c) => s + c.deals, 0);
  return rows
    .map((r) => ({
      memberId: r.memberId,
      memberName: r.memberName,
      memberType: r.memberType,
      allianceId: r.allianceId,
      handledChains: r.handled.length,
      partners: r.partners,
      uncoveredChains: uncoveredChains(r.handled, r.covered),
    }))
    .filter((g) => g.uncoveredChains.length > 0)
    .sort(
      (a, b) =>
        total(b) - total(a) ||
        (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.allianceId < b.allianceId ? -1 : 1),
    )
    .slice(0, args.limit);
}
