/**
 * Security and operations of the HTTP API on the real test Neo4j: depth and cost limits, trusted
 * documents, masked errors in production, CSRF prevention, introspection switch, GraphiQL without
 * a CDN, health and readiness, and the explorer's static files.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useApiFixture } from "../helpers/api-fixture-hooks.js";
import type { TestApi } from "../helpers/api-server.js";

const fixture = useApiFixture();
const api = fixture.start;
const PROD_SECRET = "a-production-secret-of-at-least-32-characters";

describe("depth and cost limits", () => {
  it("rejects a query deeper than MAX_QUERY_DEPTH", async () => {
    const a = await api({ MAX_QUERY_DEPTH: "6" });
    // The root field is at level 1: `id` below is at level 7.
    const r = await a.gql(`{ brokers(limit: 1) { deals { brokers { deals { brokers { deals { id } } } } } } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/too many levels of nested fields: 7, the limit is 6/);
    const ok = await a.gql(`{ brokers(limit: 1) { deals { brokers { deals { brokers { id } } } } } }`); // level 6
    expect(ok.errors).toBeUndefined();
  });

  it("rejects an abusive query by cost and lets ordinary ones through", async () => {
    const a = await api();
    // 1 + 500 × (1 + 500 × (1 + 500 × 1)) ≈ 125 million, far above MAX_QUERY_COST (50,000)
    const r = await a.gql(`{ brokers(limit: 500) { deals(limit: 500) { brokers(limit: 500) { id } } } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const ordinary = await a.gql(`{
      brokersConnection(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name titleLevel employers { ... on Agency { name } } deals { id } } } }
    }`);
    expect(ordinary.errors).toBeUndefined();
  });
});

describe("trusted documents", () => {
  const doc = `query TrustedBrokers { brokers(limit: 500) { id deals(limit: 5) { id } } }`;
  const hex = createHash("sha256").update(doc).digest("hex");
  // `limit` is the caller's: an allow-listed document is no exemption from the cost limit
  const paged = `query TrustedPage($n: Int) { brokers(limit: $n) { id deals(limit: 50) { id } } }`;
  const pagedHex = createHash("sha256").update(paged).digest("hex");
  const documents = new Map([
    [hex, doc],
    [pagedHex, paged],
  ]);
  let a: TestApi;
  let open: TestApi;
  beforeAll(async () => {
    // cost of `doc`: 1 + 500 × (1 + 5 × 1) = 3,001 — below 10,000
    a = await api({ TRUSTED_DOCUMENTS_ONLY: "true", MAX_QUERY_COST: "10000" }, { persistedDocuments: documents });
    open = await api({ MAX_QUERY_COST: "10000" }, { persistedDocuments: documents });
  });

  it("holds allow-listed documents to the cost limit: their variables are the caller's", async () => {
    const send = (n: number) =>
      fetch(`${a.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          variables: { n },
          extensions: { persistedQuery: { version: 1, sha256Hash: pagedHex } },
        }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>);
    expect((await send(10)).errors).toBeUndefined(); // 1 + 10 × 51
    expect((await send(500)).errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX"); // 1 + 500 × 51
  });

  it("runs an allow-listed document sent by hash alone (bare or sha256: prefixed)", async () => {
    for (const sha256Hash of [hex, `sha256:${hex}`]) {
      const r = await fetch(`${a.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
      const body = (await r.json()) as { data?: { brokers: unknown[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.brokers).toHaveLength(1);
    }
  });

  it("refuses a hash that is not on the list", async () => {
    const r = await a.gql(`{ brokers(limit: 1) { id } }`, {
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
  });

  it("in safelist mode runs the listed text and refuses other text before it runs", async () => {
    expect((await a.gql(doc)).errors).toBeUndefined();
    const other = await a.gql(`{ brokers(limit: 5) { id } }`);
    expect(other.status).toBe(400);
    expect(other.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
  });

  it("in open mode runs any text under the cost limit", async () => {
    const costly = `{ brokers(limit: 500) { id deals(limit: 50) { id } } }`; // 25,501
    expect((await open.gql(costly)).errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect((await open.gql(doc)).errors).toBeUndefined();
    expect((await open.gql(`{ brokers(limit: 5) { id } }`)).errors).toBeUndefined();
  });
});

describe("errors", () => {
  beforeAll(async () => {
    // A stored value the schema cannot represent makes the resolver fail unexpectedly.
    await fixture
      .driver()
      .executeQuery("CREATE (:Broker:Entity {id: 'APITEST-BAD-1', name: '坏数据', titleLevel: 'BOGUS_LEVEL'})");
  });
  const BAD = `{ brokers(where: { id: { eq: "APITEST-BAD-1" } }) { id titleLevel } }`;

  it("are masked in production: no message details, no stack, no Cypher", async () => {
    const a = await api({ NODE_ENV: "production", JWT_SECRET: PROD_SECRET });
    const r = await a.gql(BAD);
    expect(r.errors?.[0]).toMatchObject({ message: "Unexpected error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(r.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
    expect(JSON.stringify(r)).not.toMatch(/BOGUS|TitleLevel|MATCH|Neo/);
    // Errors thrown on purpose keep their message and code.
    const anon = await a.gql(`{ brokers(limit: 1) { phone } }`);
    expect(anon.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(anon.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
    const token = await a.token("admin");
    const dup = await a.gql(
      `mutation { createBrokers(input: [{ id: "APITEST-BRK-1", name: "重复", titleLevel: NONE }]) { brokers { id } } }`,
      { token },
    );
    expect(dup.errors?.[0]?.extensions?.code).toBe("CONSTRAINT_VIOLATION");
    expect(JSON.stringify(dup)).not.toMatch(/Neo\.ClientError|Cypher|stacktrace/);
  });

  it("show details outside production", async () => {
    const a = await api();
    const r = await a.gql(BAD);
    expect(r.errors?.[0]?.message).toMatch(/BOGUS_LEVEL/);
  });
});

describe("HTTP surface", () => {
  let a: TestApi;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "ttgraph-dist-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>TTGraph explorer</title>");
    writeFileSync(join(dist, "app.js"), "console.log('explorer')");
    a = await api({ GRAPHIQL: "true", INTROSPECTION: "false" }, { explorerDist: dist });
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("prevents CSRF: a simple GET is refused, a preflighted one answered", async () => {
    const simple = await fetch(`${a.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(simple.status).toBe(400);
    const pre = await fetch(`${a.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(pre.status).toBe(200);
  });

  it("switches introspection off", async () => {
    const r = await a.gql(`{ __schema { queryType { name } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const on = await api({ INTROSPECTION: "true" });
    expect((await on.gql(`{ __schema { queryType { name } } }`)).data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
  });

  it("serves a self-contained GraphiQL and no CDN landing page", async () => {
    const page = await fetch(`${a.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("TTGraph GraphiQL");
    expect(html).not.toMatch(/<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/);
    const landing = await fetch(`${a.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await landing.text()).not.toMatch(/apollographql|embeddable-sandbox/);
  });

  it("answers /healthz and /readyz", async () => {
    const h = await fetch(`${a.url}/healthz`);
    expect(h.status).toBe(200);
    const r = await fetch(`${a.url}/readyz`);
    const body = (await r.json()) as { status: string; checks: Record<string, { ok: boolean }> };
    expect(r.status, JSON.stringify(body)).toBe(200);
    expect(body.checks).toMatchObject({ neo4j: { ok: true }, compat: { ok: true }, migrations: { ok: true } });
  });

  it("is not ready while a migration is pending", async () => {
    const last = await fixture
      .driver()
      .executeQuery("MATCH (m:SchemaMigration) RETURN m {.*} AS m ORDER BY m.version DESC LIMIT 1");
    const props = last.records[0]?.get("m") as Record<string, unknown>;
    await fixture.driver().executeQuery("MATCH (m:SchemaMigration {version: $v}) DELETE m", { v: props.version });
    try {
      const r = await fetch(`${a.url}/readyz`);
      const body = (await r.json()) as { checks: { migrations: { ok: boolean; detail: string } } };
      expect(r.status).toBe(503);
      expect(body.checks.migrations.detail).toContain(String(props.name));
    } finally {
      await fixture.driver().executeQuery("CREATE (m:SchemaMigration) SET m = $props", { props });
    }
  });

  it("serves the explorer with a single-page-app fallback", async () => {
    expect(await (await fetch(`${a.url}/`)).text()).toContain("TTGraph explorer");
    expect(await (await fetch(`${a.url}/app.js`)).text()).toContain("explorer");
    const deep = await fetch(`${a.url}/views/journey/RES-1`, { headers: { accept: "text/html" } });
    expect(await deep.text()).toContain("TTGraph explorer");
    const missingAsset = await fetch(`${a.url}/missing.js`, { headers: { accept: "application/javascript" } });
    expect(missingAsset.status).toBe(404);
  });

  it("opens explorer links of up to 2,000 nodes with positions (≈ 50 KB of query string)", async () => {
    // the subgraph query takes at most 2,000 ids; Node's default 16 KB header limit refused such links (431)
    const n = Array.from({ length: 2000 }, (_, i) => `ENT-${String(i).padStart(6, "0")}~-1234~5678`).join(",");
    const r = await fetch(`${a.url}/?n=${n}`, { headers: { accept: "text/html" } });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("TTGraph explorer");
  });
});
