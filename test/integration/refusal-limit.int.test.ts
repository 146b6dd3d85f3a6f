/**
 * The per-client budget of refused requests (MAX_REFUSALS_PER_MINUTE) over HTTP against the real
 * server: a client that spent it gets 429 before its body is read, whatever it sends; another
 * client, and a client whose requests are valid, are not touched. Clients are told apart by
 * X-Forwarded-For, which the server believes from loopback only (TRUST_PROXY=loopback).
 */
import { describe, expect, it } from "vitest";
import { useApiFixture } from "../helpers/api-fixture-hooks.js";
import { THROTTLE_DELAY_MS } from "../../graph-api/src/plugins/refusal-limit.js";
import type { TestApi } from "../helpers/api-server.js";

const fixture = useApiFixture();
const BUDGET = 5;

interface Answer {
  status: number;
  headers: Headers;
  json: { data?: { brokers: unknown[] }; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(a: TestApi, client: string, body: string): Promise<Answer> {
  const res = await fetch(`${a.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body,
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Answer["json"] };
}

const query = (q: string) => JSON.stringify({ query: q });
const SELF_SPREAD = query(`{ brokers(limit: 1) { ...A } } fragment A on Broker { id ...A }`);
const VALID = query(`{ brokers(limit: 1) { id } }`);

describe("refused requests per client (MAX_REFUSALS_PER_MINUTE)", () => {
  it("after its budget of refusals a client gets a delayed 429 with Retry-After for anything it sends, before its body is read", async () => {
    const a = await fixture.start({ MAX_REFUSALS_PER_MINUTE: String(BUDGET), TRUST_PROXY: "loopback" });
    const attacker = "198.51.100.7";
    for (let i = 0; i < BUDGET; i++) expect((await post(a, attacker, SELF_SPREAD)).status).toBe(400);

    const asked = performance.now();
    const refused = await post(a, attacker, SELF_SPREAD);
    // held back: a client that retries at once sends one request a second per connection
    expect(performance.now() - asked).toBeGreaterThanOrEqual(THROTTLE_DELAY_MS - 20);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.json.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_REFUSED_REQUESTS",
      limit: "MAX_REFUSALS_PER_MINUTE",
      max: BUDGET,
    });
    expect(refused.json.errors?.[0]?.message).toContain("MAX_REFUSALS_PER_MINUTE");
    // a valid request from the same client, and one whose body would be refused as too large
    expect((await post(a, attacker, VALID)).status).toBe(429);
    expect((await post(a, attacker, "x".repeat(a.config.MAX_REQUEST_BYTES + 1))).status).toBe(429);

    // another client is not touched
    const other = await post(a, "198.51.100.8", VALID);
    expect(other.status).toBe(200);
    expect(other.json.data?.brokers).toHaveLength(1);
  });

  it("valid requests never spend the budget, however many", async () => {
    const a = await fixture.start({ MAX_REFUSALS_PER_MINUTE: String(BUDGET), TRUST_PROXY: "loopback" });
    const client = "198.51.100.9";
    const answers = await Promise.all(Array.from({ length: 4 * BUDGET }, () => post(a, client, VALID)));
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 4 * BUDGET }, () => 200));
    // and one refusal short of the budget still leaves the client served
    for (let i = 0; i < BUDGET - 1; i++) expect((await post(a, client, SELF_SPREAD)).status).toBe(400);
    expect((await post(a, client, VALID)).status).toBe(200);
  });

  it("without TRUST_PROXY the forwarded address is ignored: the budget is the connection's address", async () => {
    const a = await fixture.start({ MAX_REFUSALS_PER_MINUTE: String(BUDGET) });
    for (let i = 0; i < BUDGET; i++) expect((await post(a, `198.51.100.${10 + i}`, SELF_SPREAD)).status).toBe(400);
    expect((await post(a, "198.51.100.99", VALID)).status).toBe(429);
  });

  it("0 turns the budget off", async () => {
    const a = await fixture.start({ MAX_REFUSALS_PER_MINUTE: "0" });
    const statuses = [];
    for (let i = 0; i < 3 * BUDGET; i++) statuses.push((await post(a, "198.51.100.20", SELF_SPREAD)).status);
    expect(new Set(statuses)).toEqual(new Set([400]));
  });
});
