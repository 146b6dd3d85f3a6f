/**
 * The response cache over HTTP against the real server and the test Neo4j: an answer is served
 * again (with `age`) only for the same graph version, database and roles; the graph version's bump
 * or an import's changing mark stops it; fields that read the stored analytics are never cached.
 * Data is changed here through the driver, which bumps no version — so a stale answer after such a
 * change proves the cache served it, and a fresh one after the bump proves the version keyed it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runQuery } from "../../graph-api/src/db/run-query.js";
import { useApiFixture } from "../helpers/api-fixture-hooks.js";
import type { TestApi } from "../helpers/api-server.js";

const fixture = useApiFixture();

interface Answer {
  status: number;
  age: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(a: TestApi, query: string, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${a.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query }) });
  return { status: res.status, age: res.headers.get("age"), body: (await res.json()) as Answer["body"] };
}

const rename = (name: string) =>
  fixture.driver().executeQuery("MATCH (b:Broker {id: 'APITEST-BRK-1'}) SET b.name = $name", { name });
const bump = () => runQuery(fixture.driver(), "ingest/bump-graph-version", {}, { mode: "WRITE" });
const nameOf = (r: Answer) => (r.body.data?.brokers as { name: string }[] | undefined)?.[0]?.name;

describe("response cache", () => {
  let a: TestApi;
  beforeAll(async () => {
    a = await fixture.start({ RESPONSE_CACHE_TTL_SECONDS: "300" });
  });

  it("serves a query again until the graph version changes", async () => {
    const query = `{ brokers(where: { id: { eq: "APITEST-BRK-1" } }) { id name } }`;
    const first = await ask(a, query);
    expect(first.age).toBeNull();
    const original = nameOf(first);
    expect(original).toBeTruthy();

    await rename("缓存测试");
    const second = await ask(a, query);
    expect(second.age).not.toBeNull();
    expect(nameOf(second)).toBe(original);

    await bump();
    const third = await ask(a, query);
    expect(third.age).toBeNull();
    expect(nameOf(third)).toBe("缓存测试");
    await rename(original as string);
    await bump();
  });

  it("never serves one role's answer to another", async () => {
    const query = `{ brokers(where: { id: { eq: "APITEST-BRK-1" } }) { id phone } }`;
    const alliance = await ask(a, query, await a.token("alliance"));
    expect(alliance.body.errors).toBeUndefined();
    expect((alliance.body.data?.brokers as { phone: string }[])[0]?.phone).toBe("13800000000");
    const again = await ask(a, query, await a.token("alliance"));
    expect(again.age).not.toBeNull();

    const anonymous = await ask(a, query);
    expect(anonymous.age).toBeNull();
    expect(JSON.stringify(anonymous.body)).not.toContain("13800000000");
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is bypassed while an import marks the graph as changing", async () => {
    const query = `{ brokers(where: { id: { eq: "APITEST-BRK-1" } }) { name titleLevel } }`;
    await ask(a, query);
    expect((await ask(a, query)).age).not.toBeNull();
    await runQuery(fixture.driver(), "ingest/mark-graph-changing", {}, { mode: "WRITE" });
    try {
      await rename("导入中");
      const during = await ask(a, query);
      expect(during.age).toBeNull();
      expect(nameOf(during)).toBe("导入中");
      expect((await ask(a, query)).age).toBeNull();
    } finally {
      await runQuery(fixture.driver(), "ingest/finish-graph-change", {}, { mode: "WRITE" });
      await rename("张三");
      await bump();
    }
  });

  it("never caches fields that read the stored analytics or the run's state, nor mixes them with cached ones", async () => {
    for (const query of [
      `{ analyticsStatus { running } }`,
      `{ analyticsStatus { running } brokers(limit: 1) { id } }`,
      `query { ...F } fragment F on Query { analyticsStatus { running } }`,
    ]) {
      const first = await ask(a, query);
      expect(first.status, JSON.stringify(first.body)).toBeLessThan(500);
      expect((await ask(a, query)).age, query).toBeNull();
    }
  });
});
