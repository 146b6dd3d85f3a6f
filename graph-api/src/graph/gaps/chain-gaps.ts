/**
 * Partner gaps per industrial chain (docs/domain.md): supply, demand and intermediaries, with a gap
 * flag where supply or demand exists but intermediaries are below a threshold.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { ALL_ALLIANCES } from "../analytics/gap-lists.js";
import { namesOf, storedList, type StoredListContext } from "../analytics/stored-lists.js";
import type { GraphVersionCache } from "../common/graph-version.js";
import { allianceIds } from "./alliances.js";

/**
 * When no threshold is given, a chain is thin when it has fewer intermediaries than a share of the
 * median chain (so that the default means the same at demo and at city scale), but never fewer
 * than a floor.
 */
export const chainGapDefaults = {
  /** Share of the median number of intermediaries per chain. */
  medianShare: 0.1,
  /** Lowest default threshold. */
  minThreshold: 3,
};

/** The threshold in force: the given one, or max(minThreshold, medianShare × median intermediaries). */
export function gapThreshold(intermediaries: number[], given: number | null): number {
  if (given !== null) return given;
  const sorted = [...intermediaries].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.max(chainGapDefaults.minThreshold, chainGapDefaults.medianShare * median);
}

export interface ChainCounts {
  chainId: string;
  chainName: string;
  ecosystem: string | null;
  availableResults: number;
  labs: number;
  openDemands: number;
  enterprises: number;
  memberAgencies: number;
  brokers: number;
}

export interface ChainGap extends ChainCounts {
  intermediaries: number;
  threshold: number;
  gap: boolean;
  pressure: number;
}

/** Gap flag and pressure of one chain (pure). */
export function flagChainGap(c: ChainCounts, minIntermediaries: number): ChainGap {
  const intermediaries = c.memberAgencies + c.brokers;
  const supply = c.availableResults + c.labs;
  const demand = c.openDemands + c.enterprises;
  return {
    ...c,
    intermediaries,
    threshold: minIntermediaries,
    gap: (supply > 0 || demand > 0) && intermediaries < minIntermediaries,
    pressure: (c.availableResults + c.openDemands) / Math.max(1, intermediaries),
  };
}

/** Gaps first, then by pressure (highest first), then by chain id. */
export function sortChainGaps(rows: ChainGap[]): ChainGap[] {
  return [...rows].sort(
    (a, b) => Number(b.gap) - Number(a.gap) || b.pressure - a.pressure || (a.chainId < b.chainId ? -1 : 1),
  );
}

export interface PartnerGapArgs {
  allianceId: string | null;
  /** null: the data-relative default (gapThreshold). */
  minIntermediaries: number | null;
  onlyGaps: boolean;
  limit: number;
}

export interface GapOptions {
  /** When given, the counts are cached per alliance for the current graph version. */
  cache?: GraphVersionCache;
  /** When given, answers come from the lists the analytics run stored, when it has stored them. */
  stored?: StoredListContext;
}

/** Chain counts of an alliance scope from the stored lists (null when not stored for this version). */
async function storedChainCounts(ctx: StoredListContext, allianceId: string | null): Promise<ChainCounts[] | null> {
  const all = { from: null, to: null };
  const own = await storedList(ctx, all, `chainGaps|${allianceId ?? ALL_ALLIANCES}`);
  // An alliance with no member agency covering a chain has no list of its own: its member agencies are 0.
  const list = own ?? (allianceId !== null ? await storedList(ctx, all, `chainGaps|${ALL_ALLIANCES}`) : null);
  if (!list) return null;
  const ids = list.chainId as string[];
  const names = await namesOf(ctx, ids);
  const n = (field: string, i: number) => (list[field] as number[])[i] as number;
  return ids.map((chainId, i) => ({
    chainId,
    chainName: names.get(chainId)?.name ?? chainId,
    ecosystem: names.get(chainId)?.ecosystem ?? null,
    availableResults: n("availableResults", i),
    labs: n("labs", i),
    openDemands: n("openDemands", i),
    enterprises: n("enterprises", i),
    memberAgencies: own ? n("memberAgencies", i) : 0,
    brokers: n("brokers", i),
  }));
}

export async function partnerGaps(
  rq: RequestContext,
  args: PartnerGapArgs,
  { cache, stored }: GapOptions = {},
): Promise<ChainGap[]> {
  const fromStore = stored ? await storedChainCounts(stored, args.allianceId) : null;
  const load = async () => {
    const ids = await allianceIds(rq, args.allianceId);
    return runQuery<ChainCounts & Record<string, unknown>>(rq, "gaps/list-chain-gaps", { allianceIds: ids });
  };
  const rows =
    fromStore ?? (cache ? await cache.cached(rq, `partnerGaps|${args.allianceId ?? "*"}`, load) : await load());
  const threshold = gapThreshold(
    rows.map((r) => r.memberAgencies + r.brokers),
    args.minIntermediaries,
  );
  const flagged = rows.map((r) => flagChainGap(r, threshold));
  return sortChainGaps(args.onlyGaps ? flagged.filter((r) => r.gap) : flagged).slice(0, args.limit);
}
