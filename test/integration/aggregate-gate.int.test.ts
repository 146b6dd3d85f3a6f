/**
 * The cap on concurrent aggregates over HTTP against the real server and the test Neo4j. The root
 * fields of one request start together, so two aggregates in one request compete for the slots
 * deterministically: with one slot and no queue, the second is refused (SERVER_BUSY, before any
 * database work) while the first answers; with the defaults both answer.
 */
import { describe, expect, it } from "vitest";
import { useApiFixture } from "../helpers/api-fixture-hooks.js";

const fixture = useApiFixture();

const twoAggregates = `{
  a: conversionRate(period: { from: "2024-01-01", to: "2024-12-31" }, groupBy: NONE) { overall { deals } }
  b: topBrokers(year: 2024) { rank }
}`;

describe("aggregate concurrency cap", () => {
  it("refuses an aggregate beyond MAX_CONCURRENT_AGGREGATES + MAX_QUEUED_AGGREGATES with SERVER_BUSY", async () => {
    const a = await fixture.start({ MAX_CONCURRENT_AGGREGATES: "1", MAX_QUEUED_AGGREGATES: "0" });
    const res = await fetch(`${a.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: twoAggregates }),
    });
    const body = (await res.json()) as {
      data: Record<string, unknown> | null;
      errors?: { message: string; path: string[]; extensions: Record<string, unknown> }[];
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.path).toEqual(["b"]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "SERVER_BUSY", limit: "MAX_QUEUED_AGGREGATES", max: 0 });
    expect(body.errors?.[0]?.message).toMatch(/busy/);
    expect(res.headers.get("retry-after")).toBe("1");
    // topBrokers is non-null, so the whole data is null: 503
    expect(res.status).toBe(503);
  });

  it("lets them through, queued, under the defaults", async () => {
    const a = await fixture.start();
    const r = await a.gql(twoAggregates);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ a: { overall: { deals: expect.any(Number) } }, b: expect.any(Array) });
  });

  it("queues rather than refuses when the queue has room", async () => {
    const a = await fixture.start({ MAX_CONCURRENT_AGGREGATES: "1", MAX_QUEUED_AGGREGATES: "1" });
    const r = await a.gql(twoAggregates);
    expect(r.errors).toBeUndefined();
  });
});
