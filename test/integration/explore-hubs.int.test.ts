/**
 * Hubs and big answers in the explore API on a hand-built graph (ids HUB-): neighbour counts per
 * node type, expand folding big groups (groupAbove) and paging one group by type and year, the
 * year breakdown of a group, paged search with totals and types in turns, one-character Chinese
 * search, and the journey picker's results by deals. Expected values follow from the fixture.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELATIONSHIPS } from "../../graph-api/src/domain/model.js";
import * as explore from "../../graph-api/src/graph/explore/explore.js";
import type { SearchInput } from "../../graph-api/src/graph/explore/search.js";
import { resultsByDeals } from "../../graph-api/src/graph/tracing/results-by-deals.js";
import { startTestApi, type TestApi } from "../helpers/api-server.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../helpers/neo4j.js";

/** Checked expand arguments as the resolver makes them: every relationship type, no filter. */
const expandOf = (
  a: Partial<Omit<explore.ExpandArgs, "relTypes">> & { id: string; relType?: string },
): explore.ExpandArgs => {
  const { relType, ...rest } = a;
  return {
    relTypes: relType ? [relType] : RELATIONSHIPS.map((r) => r.type),
    direction: null,
    neighbourType: null,
    year: null,
    groupAbove: null,
    limit: explore.EXPAND_DEFAULT,
    offset: 0,
    ...rest,
  };
};
const searchOf = (a: Partial<SearchInput> & { text: string }): SearchInput => ({
  types: null,
  limit: 20,
  offset: 0,
  ...a,
});

const DEALS = 60; // 35 signed in 2022, 25 in 2023
const dealId = (i: number) => `HUB-DL${String(i).padStart(3, "0")}`;
const ENTERPRISES = 30; // "…科技有限公司": the word 科技 in thousands of names, in small

const NODES: FixtureNode[] = [
  { label: "Agency", id: "HUB-A1", name: "蓉城技术转移中心", kind: "MARKET", level: "MUNICIPAL_FILED" },
  { label: "Agency", id: "HUB-A2", name: "科技服务中心", kind: "MARKET", level: "MUNICIPAL_FILED" },
  { label: "Institution", id: "HUB-U1", name: "电子科技大学", kind: "UNIVERSITY" },
  { label: "Institution", id: "HUB-U2", name: "芙蓉学院", kind: "UNIVERSITY" },
  ...[1, 2, 3].map((i): FixtureNode => ({
    label: "Broker",
    id: `HUB-B${i}`,
    name: `经纪人${i}`,
    titleLevel: "JUNIOR",
  })),
  ...Array.from({ length: DEALS }, (_, i): FixtureNode => ({
    label: "Deal",
    id: dealId(i),
    name: `交易${String(i).padStart(3, "0")}`,
    kind: "TRANSFER",
    signedOn: i < 35 ? "2022-03-01" : "2023-07-01",
  })),
  ...Array.from({ length: ENTERPRISES }, (_, i): FixtureNode => ({
    label: "Enterprise",
    id: `HUB-E${String(i).padStart(2, "0")}`,
    name: `${String.fromCharCode(0x4e00 + i * 7)}${String.fromCharCode(0x4e01 + i * 7)}科技有限公司`,
    size: "SMALL",
  })),
  { label: "Result", id: "HUB-R1", name: "忙碌成果", kind: "INVENTION_PATENT", year: 2022, status: "TRANSFERRED" },
  { label: "Result", id: "HUB-R2", name: "安静成果", kind: "INVENTION_PATENT", year: 2023, status: "AVAILABLE" },
  { label: "Result", id: "HUB-R3", name: "一般成果", kind: "INVENTION_PATENT", year: 2021, status: "TRANSFERRED" },
];

const RELS: FixtureRel[] = [
  ...Array.from({ length: DEALS }, (_, i): FixtureRel => ["HUB-A1", "SERVED", dealId(i)]),
  ...[1, 2, 3].map((i): FixtureRel => [`HUB-B${i}`, "EMPLOYED_BY", "HUB-A1"]),
  ...Array.from({ length: 5 }, (_, i): FixtureRel => [dealId(i), "TRANSFERS", "HUB-R1"]),
  [dealId(5), "TRANSFERS", "HUB-R3"],
];

describe("explore: hubs and big answers", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, NODES, RELS);
  });
  afterAll(() => driver.close());

  it("neighbourCounts says how many neighbours of each type there are", async () => {
    const counts = await explore.neighbourCounts(testRequest(driver), "HUB-A1");
    expect(counts.map((c) => [c.relType, c.direction, c.count, c.byType])).toEqual([
      ["SERVED", "OUT", DEALS, [{ type: "Deal", count: DEALS }]],
      ["EMPLOYED_BY", "IN", 3, [{ type: "Broker", count: 3 }]],
    ]);
  });

  it("expand with groupAbove folds the big group and lists the small ones", async () => {
    const page = await explore.expand(testRequest(driver), expandOf({ id: "HUB-A1", groupAbove: 50 }));
    expect(page.groups).toEqual([{ relType: "SERVED", direction: "OUT", neighbourType: "Deal", count: DEALS }]);
    expect(page.nodes.map((n) => n.id)).toEqual(["HUB-B1", "HUB-B2", "HUB-B3"]);
    expect(page.total).toBe(3);
    expect(page.nextOffset).toBeNull();
    // at or under the threshold nothing is folded
    const open = await explore.expand(testRequest(driver), expandOf({ id: "HUB-A1", groupAbove: DEALS, limit: 500 }));
    expect(open.groups).toEqual([]);
    expect(open.total).toBe(DEALS + 3);
  });

  it("one group pages through every member once, and filters by year", async () => {
    const group = { id: "HUB-A1", relType: "SERVED", direction: "OUT" as const, neighbourType: "Deal" };
    const seen: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page = await explore.expand(testRequest(driver), expandOf({ ...group, limit: 25, offset }));
      expect(page.total).toBe(DEALS);
      seen.push(...page.nodes.map((n) => n.id));
      offset = page.nextOffset;
    }
    expect(seen).toEqual(Array.from({ length: DEALS }, (_, i) => dealId(i)));
    const y2023 = await explore.expand(testRequest(driver), expandOf({ ...group, year: 2023, limit: 100 }));
    expect(y2023.total).toBe(25);
    expect(y2023.nodes.every((n) => n.year === 2023)).toBe(true);
    expect((await explore.expand(testRequest(driver), expandOf({ ...group, neighbourType: "Broker" }))).total).toBe(0);
  });

  it("neighbourYears breaks a group down by year", async () => {
    const years = await explore.neighbourYears(testRequest(driver), {
      id: "HUB-A1",
      relType: "SERVED",
      direction: "OUT",
      neighbourType: "Deal",
    });
    expect(years).toEqual([
      { year: 2022, count: 35 },
      { year: 2023, count: 25 },
    ]);
  });

  it("refuses bad group, year and offset arguments through the API, naming the argument", async () => {
    const api: TestApi = await startTestApi(driver);
    try {
      for (const [query, argument] of [
        [`{ expand(id: "HUB-A1", groupAbove: 0) { total } }`, "groupAbove"],
        [`{ expand(id: "HUB-A1", year: 0) { total } }`, "year"],
        [`{ searchPage(text: "科技", offset: 5001) { total } }`, "offset"],
      ] as const) {
        const r = await api.gql(query);
        expect(r.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument });
      }
    } finally {
      await api.stop();
    }
  });

  it("one Chinese character finds it at the start, middle or end of a name", async () => {
    const page = await explore.searchPage(testRequest(driver), searchOf({ text: "蓉" }));
    expect(page.nodes.map((n) => n.id).sort()).toEqual(["HUB-A1", "HUB-U2"]);
    expect(page.total).toBe(2);
  });

  it("searchPage counts every hit per type and takes the types in turns", async () => {
    const first = await explore.searchPage(testRequest(driver), searchOf({ text: "科技", limit: 5 }));
    expect(first.total).toBe(ENTERPRISES + 2);
    expect(first.totalCapped).toBe(false);
    expect(first.typeCounts).toEqual([
      { type: "Enterprise", count: ENTERPRISES },
      { type: "Agency", count: 1 },
      { type: "Institution", count: 1 },
    ]);
    const types = first.nodes.map((n) => n.type);
    expect(types).toContain("Institution");
    expect(types).toContain("Agency");
    // paging reaches every hit exactly once
    const ids = first.nodes.map((n) => n.id);
    let offset = first.nextOffset;
    while (offset !== null) {
      const page = await explore.searchPage(testRequest(driver), searchOf({ text: "科技", limit: 5, offset }));
      ids.push(...page.nodes.map((n) => n.id));
      offset = page.nextOffset;
    }
    expect(ids).toHaveLength(ENTERPRISES + 2);
    expect(new Set(ids).size).toBe(ENTERPRISES + 2);
    // a type filter keeps the counts of every type and pages only that type
    const inst = await explore.searchPage(testRequest(driver), searchOf({ text: "科技", types: ["Institution"] }));
    expect(inst.nodes.map((n) => n.id)).toEqual(["HUB-U1"]);
    expect(inst.total).toBe(1);
    expect(inst.typeCounts).toHaveLength(3);
  });

  it("resultsByDeals lists the busiest results first, with their deal counts", async () => {
    const all = await resultsByDeals(testRequest(driver), { text: null, limit: 50, offset: 0 });
    expect(all.total).toBe(2); // results without deals are listed only when searched for
    expect(all.items.map((r) => [r.id, r.deals])).toEqual([
      ["HUB-R1", 5],
      ["HUB-R3", 1],
    ]);
    const found = await resultsByDeals(testRequest(driver), { text: "成果", limit: 50, offset: 0 });
    expect(found.items.map((r) => r.id)).toEqual(["HUB-R1", "HUB-R3", "HUB-R2"]);
    const paged = await resultsByDeals(testRequest(driver), { text: "成果", limit: 2, offset: 2 });
    expect(paged.items.map((r) => r.id)).toEqual(["HUB-R2"]);
    expect(paged.nextOffset).toBeNull();
  });
});
