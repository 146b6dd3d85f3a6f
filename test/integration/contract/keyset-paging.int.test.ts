/**
 * Keyset pages (dealsPage, resultsPage, brokersPage) through the real API with real clients: every
 * order walks all nodes once, in order (ties by id in the same direction, brokers without a
 * registration date last), whatever the page size; cursors are opaque and checked; `edges.node`
 * takes any selection of the generated type, field authorization included; Apollo Client's
 * InMemoryCache (relayStylePagination) assembles the pages to what the server returned.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../../helpers/graph-fixture.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";

// 23 deals on 5 days (ties of up to 5), names with repeats; 17 results over 4 years, 7 of them in
// chain C1; 11 brokers, 4 without a registration date.
const pad = (i: number) => String(i).padStart(2, "0");
const DEALS = Array.from({ length: 23 }, (_, i) => ({
  id: `KP-D${pad((i * 7) % 23)}`,
  name: ["甲合同", "乙合同", "丙合同", "甲合同"][i % 4]!,
  signedOn: `2024-0${1 + (i % 5)}-15`,
}));
const RESULTS = Array.from({ length: 17 }, (_, i) => ({
  id: `KP-R${pad((i * 5) % 17)}`,
  name: `成果${i % 6}`,
  year: 2020 + (i % 4),
}));
const BROKERS = Array.from({ length: 11 }, (_, i) => ({
  id: `KP-B${pad((i * 3) % 11)}`,
  name: ["王", "李", "张"][i % 3]!,
  registeredOn: i % 3 === 1 ? null : `202${i % 4}-06-01`,
}));
const IN_CHAIN = new Set(RESULTS.filter((_, i) => i % 5 < 2).map((r) => r.id));

const NODES: FixtureNode[] = [
  { label: "IndustryChain", id: "KP-C1", name: "电子信息" },
  { label: "IndustryChain", id: "KP-C2", name: "生物医药" },
  { label: "Enterprise", id: "KP-E1", name: "买方企业" },
  ...DEALS.map((d) => ({ label: "Deal" as const, kind: "LICENSE", ...d })),
  ...RESULTS.map((r) => ({ label: "Result" as const, kind: "INVENTION_PATENT", status: "AVAILABLE", ...r })),
  ...BROKERS.map(({ registeredOn, ...b }) => ({
    label: "Broker" as const,
    titleLevel: "SENIOR",
    phone: `1380000${b.id.slice(-2)}`,
    ...b,
    ...(registeredOn ? { registeredOn } : {}),
  })),
];
const RELS: FixtureRel[] = [
  ...DEALS.map((d): FixtureRel => [d.id, "BUYER", "KP-E1"]),
  ...RESULTS.map((r): FixtureRel => [r.id, "APPLIES_TO", IN_CHAIN.has(r.id) ? "KP-C1" : "KP-C2"]),
];

type Key = string | number | null;
/** The expected order: by key then id, both in the direction; null keys last, by id in the direction. */
function expected<T extends { id: string }>(items: T[], key: (t: T) => Key, direction: "ASC" | "DESC"): string[] {
  const sign = direction === "ASC" ? 1 : -1;
  const cmp = (a: Key, b: Key) => (a === b ? 0 : a! < b! ? -1 : 1);
  return [...items]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if ((ka === null) !== (kb === null)) return ka === null ? 1 : -1;
      return sign * (cmp(ka, kb) || cmp(a.id, b.id));
    })
    .map((t) => t.id);
}

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await createGraph(driver, NODES, RELS);
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a field, `first` at a time: the ids in page order. */
async function walk(field: string, order: string, first: number, extra = ""): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const r: Awaited<ReturnType<TestApi["gql"]>> = await api.gql(
      `query ($after: String) { page: ${field}(first: ${first}, order: ${order}, after: $after${extra}) {
         edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { variables: { after } },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const page = (r.data as { page: Page }).page;
    ids.push(...page.edges.map((e) => e.node.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error("more than 50 pages");
}

describe("keyset pages walk every node once, in order", () => {
  const cases: [string, string, string[]][] = [
    ["dealsPage", "SIGNED_ON_DESC", expected(DEALS, (d) => d.signedOn, "DESC")],
    ["dealsPage", "SIGNED_ON_ASC", expected(DEALS, (d) => d.signedOn, "ASC")],
    ["dealsPage", "NAME_ASC", expected(DEALS, (d) => d.name, "ASC")],
    ["dealsPage", "NAME_DESC", expected(DEALS, (d) => d.name, "DESC")],
    ["dealsPage", "ID_DESC", expected(DEALS, (d) => d.id, "DESC")],
    ["resultsPage", "YEAR_DESC", expected(RESULTS, (r) => r.year, "DESC")],
    ["resultsPage", "YEAR_ASC", expected(RESULTS, (r) => r.year, "ASC")],
    ["resultsPage", "NAME_DESC", expected(RESULTS, (r) => r.name, "DESC")],
    ["resultsPage", "ID_ASC", expected(RESULTS, (r) => r.id, "ASC")],
    ["brokersPage", "NAME_ASC", expected(BROKERS, (b) => b.name, "ASC")],
    ["brokersPage", "REGISTERED_ON_DESC", expected(BROKERS, (b) => b.registeredOn, "DESC")],
    ["brokersPage", "REGISTERED_ON_ASC", expected(BROKERS, (b) => b.registeredOn, "ASC")],
  ];
  it.each(cases)("%s %s", async (field, order, ids) => {
    for (const first of [1, 4, 7, 100]) expect(await walk(field, order, first), `first ${first}`).toEqual(ids);
  });

  it("the defaults: latest deals, newest results, brokers by name; one page of DEFAULT_PAGE_SIZE", async () => {
    const r = await api.gql<{ d: Page; r: Page; b: Page }>(
      `{ d: dealsPage { edges { node { id } } } r: resultsPage { edges { node { id } } } b: brokersPage { edges { node { id } } } }`,
    );
    expect(r.data?.d.edges.map((e) => e.node.id)).toEqual(expected(DEALS, (d) => d.signedOn, "DESC"));
    expect(r.data?.r.edges.map((e) => e.node.id)).toEqual(expected(RESULTS, (x) => x.year, "DESC"));
    expect(r.data?.b.edges.map((e) => e.node.id)).toEqual(expected(BROKERS, (b) => b.name, "ASC"));
  });

  it("filters: deals signed in a window, results of a chain (the fast form of a `some` filter)", async () => {
    const inWindow = DEALS.filter((d) => d.signedOn >= "2024-02-01" && d.signedOn <= "2024-03-31");
    expect(await walk("dealsPage", "NAME_ASC", 3, `, signedFrom: "2024-02-01", signedTo: "2024-03-31"`)).toEqual(
      expected(inWindow, (d) => d.name, "ASC"),
    );
    expect(await walk("dealsPage", "SIGNED_ON_ASC", 2, `, signedFrom: "2024-04-15"`)).toEqual(
      expected(
        DEALS.filter((d) => d.signedOn >= "2024-04-15"),
        (d) => d.signedOn,
        "ASC",
      ),
    );
    const ofChain = RESULTS.filter((r) => IN_CHAIN.has(r.id));
    expect(await walk("resultsPage", "YEAR_DESC", 3, `, chainId: "KP-C1"`)).toEqual(
      expected(ofChain, (r) => r.year, "DESC"),
    );
    const viaFilter = await api.gql<{ results: { id: string }[] }>(
      `{ results(where: { chains: { some: { id: { eq: "KP-C1" } } } }, sort: [{ year: DESC }, { id: DESC }]) { id } }`,
    );
    expect(viaFilter.data?.results.map((r) => r.id)).toEqual(expected(ofChain, (r) => r.year, "DESC"));
  });
});

describe("edges.node is the generated type", () => {
  it("takes relationships, aliases, fragments and directives", async () => {
    const r = await api.gql<{ page: { edges: Record<string, unknown>[] } }>(
      `query ($withBuyers: Boolean!) { page: dealsPage(first: 2, order: ID_ASC) { edges {
         cursor
         node { id ...Signed buyers @include(if: $withBuyers) { name } }
         other: node { title: name }
       } } }
       fragment Signed on Deal { signedOn }`,
      { variables: { withBuyers: true } },
    );
    expect(r.errors).toBeUndefined();
    const first = expected(DEALS, (d) => d.id, "ASC")[0]!;
    const deal = DEALS.find((d) => d.id === first)!;
    expect(r.data?.page.edges[0]).toMatchObject({
      node: { id: first, signedOn: deal.signedOn, buyers: [{ name: "买方企业" }] },
      other: { title: deal.name },
    });
  });

  it("keeps field authorization: a broker's phone needs role alliance", async () => {
    const query = `{ brokersPage(first: 1, order: ID_ASC) { edges { node { id phone } } } }`;
    const anonymous = await api.gql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const alliance = await api.gql<{ brokersPage: { edges: { node: { phone: string } }[] } }>(query, {
      role: "alliance",
    });
    expect(alliance.data?.brokersPage.edges[0]?.node.phone).toBe("138000000");
  });
});

describe("cursors", () => {
  const page = (after: string, order = "SIGNED_ON_DESC") =>
    api.gql(
      `query ($after: String) { dealsPage(first: 2, order: ${order}, after: $after) { edges { node { id } } } }`,
      {
        variables: { after },
      },
    );

  it("a cursor that is not one, or belongs to another order, is BAD_USER_INPUT naming `after`", async () => {
    const first = await api.gql<{ dealsPage: Page }>(`{ dealsPage(first: 2) { pageInfo { endCursor } } }`);
    const cursor = first.data!.dealsPage.pageInfo.endCursor!;
    const forged = Buffer.from(JSON.stringify([1, "SIGNED_ON_DESC", 2024, "KP-D01"])).toString("base64url");
    for (const [after, message] of [
      ["garbage!", /^after: not a cursor of this list/],
      ["arrayconnection:299", /^after: not a cursor of this list/],
      [Buffer.from("[1,2]").toString("base64url"), /^after: not a cursor of this list/],
      [forged, /^after: malformed cursor$/],
    ] as const) {
      const r = await page(after);
      expect(r.errors?.[0], after).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "after" } });
      expect(r.errors?.[0]?.message).toMatch(message);
      expect(r.data).toBeNull();
    }
    const other = await page(cursor, "NAME_ASC");
    expect(other.errors?.[0]?.message).toBe("after: this cursor belongs to the order SIGNED_ON_DESC, not NAME_ASC");
  });

  it("first is checked and capped like every page size", async () => {
    expect((await api.gql(`{ dealsPage(first: 0) { edges { cursor } } }`)).errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
    const capped = await api.gql<{ dealsPage: Page }>(`{ dealsPage(first: 100000) { edges { cursor } } }`);
    expect(capped.data?.dealsPage.edges).toHaveLength(DEALS.length);
  });
});

describe("Apollo Client InMemoryCache with relayStylePagination", () => {
  it("assembles fetchMore pages into the server's order", async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${api.url}/graphql` }),
      cache: new InMemoryCache({
        typePolicies: { Query: { fields: { dealsPage: relayStylePagination(["order", "signedFrom", "signedTo"]) } } },
      }),
    });
    const QUERY = gql`
      query Deals($after: String) {
        dealsPage(first: 5, order: NAME_DESC, after: $after) {
          edges {
            cursor
            node {
              id
              name
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `;
    type Data = { dealsPage: Page };
    let result = await client.query<Data>({ query: QUERY });
    while (result.data!.dealsPage.pageInfo.hasNextPage) {
      await client.query<Data>({
        query: QUERY,
        variables: { after: result.data!.dealsPage.pageInfo.endCursor },
        fetchPolicy: "network-only",
      });
      result = await client.query<Data>({ query: QUERY, fetchPolicy: "cache-only" });
    }
    expect(result.data!.dealsPage.edges.map((e) => e.node.id)).toEqual(expected(DEALS, (d) => d.name, "DESC"));
  });
});

describe("root connections of the paged types (offset cursors, bounded)", () => {
  interface Connection {
    totalCount?: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  }
  const connection = (args: string, variables: Record<string, unknown> = {}) =>
    api.gql<{ c: Connection }>(
      `query ($after: String) { c: dealsConnection(${args}, after: $after) {
         totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      { variables },
    );

  it("page through a sorted connection in a total order (ties by id in the last key's direction)", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 20; n++) {
      const r: Awaited<ReturnType<typeof connection>> = await connection(`first: 4, sort: [{ signedOn: DESC }]`, {
        after,
      });
      expect(r.errors).toBeUndefined();
      const c = r.data!.c;
      expect(c.totalCount).toBe(DEALS.length);
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      ids.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(ids).toEqual(expected(DEALS, (d) => d.signedOn, "DESC"));
  });

  it("a full last page at the maximum page size says there is no next page", async () => {
    const r = await connection(`first: 23, where: { name: { eq: "甲合同" } }`);
    const matching = DEALS.filter((d) => d.name === "甲合同").length;
    expect(r.data?.c.edges).toHaveLength(matching);
    expect(r.data?.c.pageInfo.hasNextPage).toBe(false);
    const exact = await connection(`first: ${matching}, where: { name: { eq: "甲合同" } }`);
    expect(exact.data?.c.pageInfo.hasNextPage).toBe(false);
    const short = await connection(`first: ${matching - 1}, where: { name: { eq: "甲合同" } }`);
    expect(short.data?.c.pageInfo.hasNextPage).toBe(true);
  });

  it("refuse a cursor that is not one (no silent first page) and offsets beyond 10,000", async () => {
    for (const after of ["garbage", Buffer.from("arrayconnection:x").toString("base64")]) {
      const r = await connection(`first: 2`, { after });
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "after" } });
    }
    const deep = await connection(`first: 2`, { after: Buffer.from("arrayconnection:10000").toString("base64") });
    expect(deep.errors?.[0]?.message).toMatch(/^after: offset paging stops after 10000 rows/);
  });
});
