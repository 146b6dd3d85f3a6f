/**
 * The deals in its chain the analytics run stores with each candidate of a chain's partner page
 * (partner-lists.ts, counted from the deals in memory) are exactly what
 * cypher/queries/gaps/count-chain-deals-of-orgs.cypher counts, on the demo data; and partner
 * suggestions score the gapDeals feature with them. Resets the database (serial project).
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCypher, runQuery } from "../../graph-api/src/db/run-query.js";
import { AnalyticsService } from "../../graph-api/src/graph/analytics/analytics-service.js";
import { periodKey, STORE_FORMAT } from "../../graph-api/src/graph/analytics/analytics-store.js";
import type { ListArrays } from "../../graph-api/src/graph/analytics/gap-lists.js";
import { fromInt32Bytes } from "../../graph-api/src/graph/analytics/int32-bytes.js";
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

/** A stored page's candidates with their deals in its chain (partner-lists.ts). */
function storedCounts(l: ListArrays): Map<string, number> {
  const ids = l.actorId as string[];
  const deals = fromInt32Bytes(l.deals as Int8Array);
  expect(deals.length).toBe(ids.length);
  return new Map(ids.map((id, i) => [id, deals[i] as number]));
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
  it("are stored for every candidate of a chain's page exactly as count-chain-deals-of-orgs.cypher counts them", async () => {
    const lists = await runCypher<{ name: string; list: ListArrays }>(
      testRequest(driver),
      "stored partner lists",
      "MATCH (p:NetworkPeriod {period: $period, format: $format}) " +
        "MATCH (l:AnalyticsList {slot: p.slot}) WHERE l.name STARTS WITH 'partners|' " +
        "RETURN l.name AS name, properties(l) AS list",
      { period: periodKey({ from: null, to: null }), format: STORE_FORMAT },
    );
    expect(lists.length).toBeGreaterThan(5);
    const stored = new Map<string, number>(); // `${id}|${chain}` → deals
    for (const { name, list } of lists) {
      const chain = name.split("|")[1] as string;
      for (const [id, deals] of storedCounts(list)) stored.set(`${id}|${chain}`, deals);
    }
    const ids = [...new Set([...stored.keys()].map((k) => k.split("|")[0] as string))];
    const chains = [...new Set([...stored.keys()].map((k) => k.split("|")[1] as string))];
    const live = await liveCounts(ids, chains);
    let pairs = 0;
    for (const [key, deals] of stored) {
      expect(deals, key).toBe(live.get(key) ?? 0);
      if (deals > 0) pairs += 1;
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
      expect(suggestions, `${id} is an organisation`).not.toBeNull();
      for (const s of (suggestions ?? []).filter((x) => x.gapChains.length > 0)) {
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
