/**
 * The API over HTTP against the real test Neo4j: the two done-criterion queries, paging limits,
 * and each role's allowed and refused reads and writes.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedApiFixture } from "../helpers/api-fixture.js";
import { startTestApi, type TestApi } from "../helpers/api-server.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await seedApiFixture(driver, 510); // 511 brokers in all, all employed by Agency 1: more than MAX_PAGE_SIZE (500)
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

describe("done-criterion queries", () => {
  it("lists brokers with id, name and titleLevel", async () => {
    const r = await api.gql<{ brokers: { id: string; name: string; titleLevel: string }[] }>(
      `{ brokers(limit: 5, where: { id: { eq: "APITEST-BRK-1" } }) { id name titleLevel } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.brokers).toEqual([{ id: "APITEST-BRK-1", name: "张三", titleLevel: "SENIOR" }]);
    const five = await api.gql<{ brokers: unknown[] }>(`{ brokers(limit: 5) { id name titleLevel } }`);
    expect(five.data?.brokers).toHaveLength(5);
  });

  it("goes from a Deal through its Result and Lab to the Institution", async () => {
    const r = await api.gql(`{
      deals(limit: 1) {
        id
        results { name developers { __typename ... on Lab { name institutions { name } } } }
        sellers { __typename ... on Lab { id } }
        brokersConnection { edges { properties { role } node { name } } }
      }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      deals: [
        {
          id: "APITEST-DEAL-1",
          results: [
            {
              name: "一种电池材料",
              developers: [{ __typename: "Lab", name: "先进材料实验室", institutions: [{ name: "成都大学" }] }],
            },
          ],
          sellers: [{ __typename: "Lab", id: "APITEST-LAB-1" }],
          brokersConnection: { edges: [{ properties: { role: "LEAD" }, node: { name: "张三" } }] },
        },
      ],
    });
  });
});

describe("paging", () => {
  it("caps a page at MAX_PAGE_SIZE and defaults to DEFAULT_PAGE_SIZE", async () => {
    const big = await api.gql<{ brokers: unknown[] }>(`{ brokers(limit: 1000) { id } }`);
    expect(big.errors).toBeUndefined();
    expect(big.data?.brokers).toHaveLength(500);
    const plain = await api.gql<{ brokers: unknown[] }>(`{ brokers { id } }`);
    expect(plain.data?.brokers).toHaveLength(50);
    const conn = await api.gql<{ brokersConnection: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `{ brokersConnection(first: 1000) { edges { node { id } } pageInfo { hasNextPage } } }`,
    );
    expect(conn.data?.brokersConnection.edges).toHaveLength(500);
    expect(conn.data?.brokersConnection.pageInfo.hasNextPage).toBe(true);
  });

  it("bounds nested relationship lists too (Agency 1 employs 511 brokers)", async () => {
    const r = await api.gql<{ agencies: { capped: unknown[]; plain: unknown[] }[] }>(
      `{ agencies(where: { id: { eq: "APITEST-AGY-1" } }) { capped: brokers(limit: 1000) { id } plain: brokers { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.agencies[0]?.capped).toHaveLength(500);
    expect(r.data?.agencies[0]?.plain).toHaveLength(50);
  });
});

describe("transaction timeout", () => {
  it("runs generated Cypher in transactions with timeout QUERY_TIMEOUT_MS", async () => {
    const configs: unknown[] = [];
    // A driver whose sessions record the transaction config @neo4j/graphql passes to them.
    const bind = <T extends object>(target: T, key: string | symbol) => {
      const v = Reflect.get(target, key) as unknown;
      return typeof v === "function" ? v.bind(target) : v;
    };
    const spy = new Proxy(driver, {
      get(target, key) {
        if (key !== "session") return bind(target, key);
        return (cfg: Parameters<Driver["session"]>[0]) => {
          const session = target.session(cfg);
          return new Proxy(session, {
            get(s, k) {
              if (k !== "executeRead" && k !== "executeWrite") return bind(s, k);
              return (work: never, txConfig: unknown) => {
                configs.push(txConfig);
                return (s[k] as (w: never, c: unknown) => unknown)(work, txConfig);
              };
            },
          });
        };
      },
    });
    const timed = await startTestApi(spy, { QUERY_TIMEOUT_MS: "4321" });
    try {
      const r = await timed.gql(`{ brokers(limit: 1) { id } }`);
      expect(r.errors).toBeUndefined();
      expect(configs).toContainEqual(expect.objectContaining({ timeout: 4321 }));
    } finally {
      await timed.stop();
    }
  });
});

const CONTACT = `{ brokers(where: { id: { eq: "APITEST-BRK-1" } }) { name phone email } }`;

describe("reads by role", () => {
  it("anonymous callers read public broker data and their agency", async () => {
    const r = await api.gql(
      `{ brokers(where: { id: { eq: "APITEST-BRK-1" } }) { name titleLevel employers { ... on Agency { name } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      brokers: [{ name: "张三", titleLevel: "SENIOR", employers: [{ name: "成都技术转移中心" }] }],
    });
  });

  it("anonymous callers never read phone or email", async () => {
    const r = await api.gql(CONTACT);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(r)).not.toContain("13800000000");
  });

  it("anonymous callers cannot filter or sort by contact fields", async () => {
    const r = await api.gql(`{ brokers(where: { phone: { eq: "13800000000" } }) { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it.each(["alliance", "admin"] as const)("role %s reads phone and email", async (role) => {
    const r = await api.gql(CONTACT, { role });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ brokers: [{ name: "张三", phone: "13800000000", email: "zhang@example.cn" }] });
  });

  it("rejects a forged or expired token with 401", async () => {
    const forged = await api.gql(`{ brokers(limit: 1) { id } }`, {
      token: "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlcyI6WyJhZG1pbiJdfQ.AAAA",
    });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

const CREATE = `mutation { createAgencies(input: [{ id: "APITEST-AGY-NEW", name: "新机构", kind: MARKET, level: UNFILED }]) { agencies { id name } } }`;

describe("writes by role", () => {
  it.each([
    ["anonymous", undefined, "UNAUTHENTICATED"],
    ["alliance", "alliance", "FORBIDDEN"],
  ] as const)("%s cannot create, update or delete", async (_who, role, code) => {
    const created = await api.gql(CREATE, { role });
    expect(created.errors?.[0]?.extensions?.code, JSON.stringify(created.errors)).toBe(code);
    const updated = await api.gql(
      `mutation { updateBrokers(where: { id: { eq: "APITEST-BRK-1" } }, update: { name: { set: "李四" } }) { brokers { name } } }`,
      { role },
    );
    expect(updated.errors?.[0]?.extensions?.code, JSON.stringify(updated.errors)).toBe(code);
    const deleted = await api.gql(
      `mutation { deleteBrokers(where: { id: { eq: "APITEST-BRK-1" } }) { nodesDeleted } }`,
      { role },
    );
    expect(deleted.errors?.[0]?.extensions?.code, JSON.stringify(deleted.errors)).toBe(code);
    const still = await driver.executeQuery("MATCH (b:Broker {id: 'APITEST-BRK-1'}) RETURN b.name AS name");
    expect(still.records.map((x) => x.get("name"))).toEqual(["张三"]);
    const none = await driver.executeQuery("MATCH (a {id: 'APITEST-AGY-NEW'}) RETURN count(a) AS c");
    expect(none.records[0]?.get("c")).toBe(0);
  });

  it("admin creates (with both labels and pinyinInitials), updates, connects and deletes", async () => {
    const created = await api.gql(CREATE, { role: "admin" });
    expect(created.errors).toBeUndefined();
    const node = await driver.executeQuery(
      "MATCH (a {id: 'APITEST-AGY-NEW'}) RETURN labels(a) AS labels, a.pinyinInitials AS p",
    );
    expect([...(node.records[0]?.get("labels") as string[])].sort()).toEqual(["Agency", "Entity"]);
    expect(node.records[0]?.get("p")).toBe("xjg");

    const updated = await api.gql(
      `mutation { updateAgencies(where: { id: { eq: "APITEST-AGY-NEW" } }, update: { name: { set: "成都新机构" }, deals: [{ connect: [{ where: { node: { id: { eq: "APITEST-DEAL-1" } } } }] }] }) { agencies { name deals { id } } } }`,
      { role: "admin" },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({
      updateAgencies: { agencies: [{ name: "成都新机构", deals: [{ id: "APITEST-DEAL-1" }] }] },
    });
    const p = await driver.executeQuery("MATCH (a {id: 'APITEST-AGY-NEW'}) RETURN a.pinyinInitials AS p");
    expect(p.records[0]?.get("p")).toBe("cdxjg");

    const levelOnly = await api.gql(
      `mutation { updateAgencies(where: { id: { eq: "APITEST-AGY-NEW" } }, update: { level: { set: NATIONAL } }) { agencies { level } } }`,
      { role: "admin" },
    );
    expect(levelOnly.errors).toBeUndefined();
    const kept = await driver.executeQuery("MATCH (a {id: 'APITEST-AGY-NEW'}) RETURN a.pinyinInitials AS p");
    expect(kept.records[0]?.get("p")).toBe("cdxjg"); // an update without a new name keeps the old key

    const deleted = await api.gql<{ deleteAgencies: { nodesDeleted: number; relationshipsDeleted: number } }>(
      `mutation { deleteAgencies(where: { id: { eq: "APITEST-AGY-NEW" } }) { nodesDeleted relationshipsDeleted } }`,
      { role: "admin" },
    );
    expect(deleted.data?.deleteAgencies).toEqual({ nodesDeleted: 1, relationshipsDeleted: 1 });
  });
});
