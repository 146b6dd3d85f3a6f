/**
 * The deals of a period with their parties, streamed out of Neo4j once per analytics run
 * (cypher/queries/analytics/list-deal-parties.cypher) into compact integer form: every actor id
 * becomes an index into `ids`, so the periods' graphs are built from typed arrays, not strings.
 */
import type { Driver } from "neo4j-driver";
import { streamQuery } from "../../db/run-query.js";
import type { Period } from "../network/network-service.js";
import { RUN_QUERY_TIMEOUT_MS } from "./analytics-store.js";

export interface DealParties {
  /** ISO date. */
  signedOn: string;
  sellers: number[];
  buyers: number[];
  /** Serving agencies (SERVED). */
  agencies: number[];
  /** Brokers who BROKERED it. */
  brokers: number[];
  /** Employers of those brokers. */
  employers: number[];
  /** Institutions of selling labs (PART_OF). */
  sellerInstitutions: number[];
  /** Chains of its transferred results and answered demands (indices into `chains`), each once. */
  chains: number[];
  /** How many of `chains`, from the first, are chains of its transferred results. */
  resultChainCount: number;
}

/**
 * The parties that handled a deal, as cypher/queries/gaps/list-member-gaps.cypher and
 * count-chain-deals-of-orgs.cypher define it: seller (an institution also through its selling
 * labs), buyer, serving agency, or employer of a broker on the deal — not the brokers themselves.
 * An actor may hold several of these roles on one deal: it handled the deal once.
 */
export const HANDLED_AS = [
  "sellers",
  "sellerInstitutions",
  "buyers",
  "agencies",
  "employers",
] as const satisfies readonly (keyof DealParties)[];

export interface DealSet {
  deals: DealParties[];
  /** Actor ids by index. */
  ids: string[];
  indexOf: Map<string, number>;
  /** Chain ids by index. */
  chains: string[];
}

export async function loadDeals(driver: Driver, period: Period, database?: string): Promise<DealSet> {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const chains: string[] = [];
  const chainIndex = new Map<string, number>();
  const intern = (list: unknown, table: string[], index: Map<string, number>): number[] => {
    const out: number[] = [];
    for (const id of list as string[]) {
      let i = index.get(id);
      if (i === undefined) {
        i = table.length;
        index.set(id, i);
        table.push(id);
      }
      if (!out.includes(i)) out.push(i);
    }
    return out;
  };
  const deals: DealParties[] = [];
  // Streamed record by record: the rows become integer arrays as they arrive.
  await streamQuery(
    driver,
    "analytics/list-deal-parties",
    { from: period.from, to: period.to },
    database,
    (r) => {
      const dealChains = intern(r.get("resultChains"), chains, chainIndex);
      const resultChainCount = dealChains.length;
      for (const c of intern(r.get("demandChains"), chains, chainIndex))
        if (!dealChains.includes(c)) dealChains.push(c);
      deals.push({
        signedOn: String(r.get("signedOn")),
        sellers: intern(r.get("sellers"), ids, indexOf),
        buyers: intern(r.get("buyers"), ids, indexOf),
        agencies: intern(r.get("agencies"), ids, indexOf),
        brokers: intern(r.get("brokers"), ids, indexOf),
        employers: intern(r.get("employers"), ids, indexOf),
        sellerInstitutions: intern(r.get("sellerInstitutions"), ids, indexOf),
        chains: dealChains,
        resultChainCount,
      });
    },
    { timeoutMs: RUN_QUERY_TIMEOUT_MS },
  );
  return { deals, ids, indexOf, chains };
}

/** The deals of a period (ISO dates compare as strings). */
export function dealsIn(set: DealSet, period: Period): DealParties[] {
  return set.deals.filter(
    (d) => (period.from === null || d.signedOn >= period.from) && (period.to === null || d.signedOn <= period.to),
  );
}

/** The years in which deals were signed, ascending. */
export function dealYears(set: DealSet): number[] {
  return [...new Set(set.deals.map((d) => Number(d.signedOn.slice(0, 4))))].sort((a, b) => a - b);
}
