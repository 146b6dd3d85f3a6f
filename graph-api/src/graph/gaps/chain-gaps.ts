/**
 * Partner gaps per industrial chain (domain.md): supply, demand and intermediaries, with a gap
 * flag where supply or demand exists but intermediaries are below a threshold.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import type { NetworkService } from "../network/network-service.js";
import { allianceIds } from "./alliances.js";

export const chainGapDefaults = {
  /** A chain with supply or demand and fewer intermediaries than this is a gap. */
  minIntermediaries: 3,
};

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
  minIntermediaries: number;
  onlyGaps: boolean;
  limit: number;
}

export interface GapOptions {
  database?: string;
  /** When given, the counts are cached per alliance for the current graph version. */
  cache?: NetworkService;
}

export async function partnerGaps(
  driver: Driver,
  args: PartnerGapArgs,
  { database, cache }: GapOptions = {},
): Promise<ChainGap[]> {
  const load = async () => {
    const ids = await allianceIds(driver, args.allianceId, database);
    return runQuery<ChainCounts & Record<string, unknown>>(
      driver,
      "gaps/list-chain-gaps",
      { allianceIds: ids },
      { database },
    );
  };
  const rows = cache ? await cache.cached(`partnerGaps|${args.allianceId ?? "*"}`, load) : await load();
  const flagged = rows.map((r) => flagChainGap(r, args.minIntermediaries));
  return sortChainGaps(args.onlyGaps ? flagged.filter((r) => r.gap) : flagged).slice(0, args.limit);
}
