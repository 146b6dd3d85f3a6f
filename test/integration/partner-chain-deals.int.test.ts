/**
 * The deals per chain the analytics run stores with each partner candidate (partner-lists.ts,
 * counted from the deals in memory) are exactly what cypher/queries/gaps/count-chain-deals-of-orgs.cypher
 * counts, on the demo data (seed of the test config); and partner suggestions score the gapDeals
 * feature with them. Resets the database (serial project).
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCypher, runQuery } from "../../graph-api/src/db/run-query.js";
import { AnalyticsService } from "../../graph-api/src/graph/analytics/analytics-service.js";
import { periodKey, STORE_FORMAT } from "../../graph-api/src/graph/analytics/analytics-store.js";
import type { ListArrays } from "../../graph-api/src/graph/analytics/gap-lists.js";
import { fromInt32Bytes } from "../../graph-api/src/graph/analytics/int32-bytes.js";
import { PARTNER_CODES, PARTNER_MASK_BITS } from "../../graph-api/src/graph/analytics/partner-lists.js";
import { runAnalytics } from "../../graph-api/src/graph/analytics/run-analytics.js";
import { suggestPartners } from "../../graph-api/src/graph/gaps/suggest-partners.js";
import { loadDemoIfEmpty } from "../../graph-api/src/ingest/load-demo.js";
import { resetDatabase, testDriver, testRequest } from "../helpers/neo4j.js";
import { testConfig } from "../helpers/test-config.js";

let driver: Driver;
const stored = () => ({ ...testRequest(driver, ["alliance"]), analytics: new AnalyticsService(driver, testConfig()) });

/** `${orgId}|${chainId}` → deals, as the live query counts them (no key: none). */
async function liveCounts(ids: string[], chainIds: string[]): Promise<Map<string, number>> {
  const rows = await runQuery<{ id: string; chainId: string; deals: number }>(
    testRequest(driver),
    "gaps/count-chain-deals-of-orgs",
    { ids, chainIds },
  );
  return new Map(rows.map((r) => [`${r.id}|${r.chainId}`, r.deals]));
}

/** A stored page's candidates with their deals per active chain, read by the documented layout. */
function storedCounts(l: ListArrays): Map<string, Map<string, number>> {
  const ids = l.actorId as string[];
  const codes = fromInt32Bytes(l.codes as Int8Array);
  const deals = fromInt32Bytes(l.chainDeals as Int8Array);
  const chainIds = l.chainIds as string[];
  const words = (l.words as number[])[0] as number;
  const out = new Map<string, Map<string, number>>();
  let next = 0;
  for (const [i, id] of ids.entries()) {
    const perChain = new Map<string, number>();
    for (let w = 0; w < words; w++) {
      const bits = codes[i * (PARTNER_CODES + 3 * words) + PARTNER_CODES + w] as number;
      for (let b = 0; b < PARTNER_MASK_BITS; b++) {
        if (bits & (1 << b)) perChain.set(chainIds[w * PARTNER_MASK_BITS + b] as string, deals[next++] as number);
      }
    }
    out.set(id, perChain);
  }
  expect(next).toBe(deals.length);
  return out;
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadDemoIfEmpty(driver, { ...testConfig(), LOAD_DEMO: true });
  const run = await runAnalytics(driver);
  expect(run.status, `lock holder: ${JSON.stringify(run.holder)}`).toBe("done");
}, 300_000);

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe("partner candidates' deals per chain", () => {
  it("are stored for every candidate and active chain exactly as count-chain-deals-of-orgs.cypher counts them", async () => {
    const lists = await runCypher<{ name: string; list: ListArrays }>(
      testRequest(driver),
      "stored partner lists",
      "MATCH (p:NetworkPeriod {period: $period, format: $format}) " +
        "MATCH (l:AnalyticsList {slot: p.slot}) WHERE l.name STARTS WITH 'partners|' " +
        "RETURN l.name AS name, properties(l) AS list",
      { period: periodKey({ from: null, to: null }), format: STORE_FORMAT },
    );
    expect(lists.length).toBeGreaterThan(5);
    const stored = new Map<string, Map<string, number>>();
    for (const { name, list } of lists) {
      for (const [id, perChain] of storedCounts(list)) {
        // One count per organisation and chain, whichever chain's list holds it.
        const seen = stored.get(id);
        if (seen) expect(perChain, `${id} in ${name}`).toEqual(seen);
        stored.set(id, perChain);
      }
    }
    const chainIds = [...new Set([...stored.values()].flatMap((m) => [...m.keys()]))];
    const live = await liveCounts([...stored.keys()], chainIds);
    let pairs = 0;
    for (const [id, perChain] of stored) {
      for (const [chainId, deals] of perChain) {
        expect(deals, `${id} in ${chainId}`).toBe(live.get(`${id}|${chainId}`) ?? 0);
        if (deals > 0) pairs += 1;
      }
    }
    // Not an agreement on zeros: many candidates handled deals in their chains.
    expect(pairs).toBeGreaterThan(50);
  });

  it("score the gapDeals feature of partner suggestions", async () => {
    const members = await runCypher<{ id: string }>(
      testRequest(driver),
      "alliance members",
      "MATCH (m:Entity)-[:MEMBER_OF]->(:Alliance {kind: 'ALLIANCE'}) RETURN DISTINCT m.id AS id ORDER BY id",
    );
    let checked = 0;
    for (const { id } of members) {
      const gaps = await runQuery<{ chainId: string }>(testRequest(driver), "gaps/get-member-gap-chains", {
        orgId: id,
      });
      if (gaps.length === 0) continue;
      const suggestions = await suggestPartners(stored(), { orgId: id, membersOnly: false, limit: 10 });
      for (const s of suggestions.filter((x) => x.gapChains.length > 0)) {
        const live = await liveCounts(
          [s.id],
          s.gapChains.map((c) => c.id),
        );
        const gapDeals = s.breakdown.find((c) => c.name === "gapDeals")?.value;
        expect(gapDeals, `${s.id} suggested to ${id}`).toBe([...live.values()].reduce((a, b) => a + b, 0));
        checked += 1;
      }
      if (checked >= 30) break;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
