/**
 * The load bench's requests, with variables drawn at random for every request over realistic
 * ranges — so the response cache's hit rate is that of a planner's traffic, not of one repeated
 * request:
 *
 * - cheap: brokers of a title level (4 levels × 25 pages of 20), deals of a quarter (every quarter
 *   of the years that have deals), agencies of a level (3 levels × 5 pages), the journey of a
 *   result (any result that was transferred, up to 50,000: the long tail that misses the cache);
 * - aggregates: conversionRate of a year with one of its 4 groupings, topBrokers of a year.
 *
 * Each response is counted by status class and as a cache hit when it carries `age` (the header
 * the response cache sets on hits).
 */
import type { Request } from "autocannon";
import type { Driver } from "neo4j-driver";

export interface Counts {
  "2xx": number;
  "4xx": number;
  "5xx": number;
  hits: number;
  /** 429 answers (among the 4xx): the client had spent its budget of refused requests. */
  throttled: number;
}

export const newCounts = (): Counts => ({ "2xx": 0, "4xx": 0, "5xx": 0, hits: 0, throttled: 0 });

/** What the variables are drawn from, read from the database. */
export interface Pools {
  years: number[];
  resultIds: string[];
}

export async function readPools(driver: Driver): Promise<Pools> {
  const span = await driver.executeQuery(
    "MATCH (d:Deal) WHERE d.signedOn IS NOT NULL RETURN min(d.signedOn.year) AS first, max(d.signedOn.year) AS last",
  );
  const first = Number(span.records[0]?.get("first"));
  const last = Number(span.records[0]?.get("last"));
  const results = await driver.executeQuery(
    "MATCH (r:Result)<-[:TRANSFERS]-(:Deal) WITH DISTINCT r ORDER BY r.id LIMIT 50000 RETURN collect(r.id) AS ids",
  );
  return {
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    resultIds: results.records[0]?.get("ids") as string[],
  };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const range = (n: number, step = 1) => Array.from({ length: n }, (_, i) => i * step);

/** A POST of `query` whose variables `vary()` draws anew for each request. */
function varying(query: string, vary: () => Record<string, unknown>, counts: Counts): Request {
  return {
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: vary() }) }),
    onResponse: (status: number, _body: string, _context: unknown, headers?: Record<string, unknown>) => {
      counts[status >= 500 ? "5xx" : status >= 400 ? "4xx" : "2xx"] += 1;
      if (headers?.age !== undefined) counts.hits += 1;
    },
  } as Request;
}

const quarterOf = (year: number, q: number) => {
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  return { from: `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`, to: `${year}-${ends[q]}` };
};

export function cheapRequests(pools: Pools, counts: Counts): Request[] {
  return [
    varying(
      `query ($t: TitleLevel!, $o: Int!) { brokers(where: { titleLevel: { eq: $t } }, sort: [{ name: ASC }], limit: 20, offset: $o) { id name titleLevel } }`,
      () => ({ t: pick(["NONE", "JUNIOR", "INTERMEDIATE", "SENIOR"]), o: pick(range(25, 20)) }),
      counts,
    ),
    varying(
      `query ($from: Date!, $to: Date!) { deals(where: { signedOn: { gte: $from, lte: $to } }, sort: [{ signedOn: DESC }], limit: 50) { id name kind amount signedOn } }`,
      () => quarterOf(pick(pools.years), pick(range(4))),
      counts,
    ),
    varying(
      `query ($l: AgencyLevel!, $o: Int!) { agencies(where: { level: { eq: $l } }, sort: [{ name: ASC }], limit: 20, offset: $o) { id name level districts { id name } } }`,
      () => ({ l: pick(["NATIONAL", "MUNICIPAL_FILED", "UNFILED"]), o: pick(range(5, 20)) }),
      counts,
    ),
    varying(
      `query ($id: ID!) { resultJourney(id: $id) { result { id name } developers { developer { id name type } institution { id name } }
        events { id name date } platforms { id name } deals { id signedOn amount sellers { id name } brokers { broker { id } name titleLevel role }
        agencies { id name } buyer { id name } buyerDistrict { name } buyerInChengdu buyerChains { name } } timeline { kind refId date } } }`,
      () => ({ id: pick(pools.resultIds) }),
      counts,
    ),
  ];
}

export function aggregateRequests(pools: Pools, counts: Counts): Request[] {
  return [
    varying(
      `query ($p: DatePeriod!, $g: ConversionGroupBy!) { conversionRate(period: $p, groupBy: $g) { overall { deals onSiteDeals rateByCount amount rateByAmount } groups { node { id } name figures { deals rateByCount rateByAmount } } } }`,
      () => {
        const y = pick(pools.years);
        return {
          p: { from: `${y}-01-01`, to: `${y}-12-31` },
          g: pick(["NONE", "SELLER_DISTRICT", "BUYER_DISTRICT", "CHAIN"]),
        };
      },
      counts,
    ),
    varying(
      `query ($y: Int!) { topBrokers(year: $y) { rank broker { id } name titleLevel employers { name } score breakdown { key raw normalised weight points } } }`,
      () => ({ y: pick(pools.years) }),
      counts,
    ),
  ];
}
