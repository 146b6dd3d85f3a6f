/**
 * Explore operations (graph-api/src/graph/explore) on a hand-built graph (ids EXP-): search by
 * Chinese name, pinyin initials and id; facets; counts; paged expansion; subgraph; shortest path.
 * Expected values are worked out by hand from the fixture below.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as explore from "../../graph-api/src/graph/explore/explore.js";
import type { ExploreDirection } from "../../graph-api/src/graph/explore/types.js";
import { RELATIONSHIPS } from "../../graph-api/src/domain/model.js";
import { createGraph, type FixtureNode, type FixtureRel } from "../helpers/graph-fixture.js";
import { resetDatabase, testDriver, testRequest } from "../helpers/neo4j.js";

const NODES: FixtureNode[] = [
  {
    label: "District",
    id: "EXP-D1",
    name: "成华区",
    pinyinInitials: "chq",
    city: "成都",
    inChengdu: true,
    kind: "DISTRICT",
  },
  {
    label: "District",
    id: "EXP-D2",
    name: "渝中区",
    pinyinInitials: "yzq",
    city: "重庆",
    inChengdu: false,
    kind: "OUTSIDE",
  },
  { label: "IndustryChain", id: "EXP-C1", name: "电子信息", pinyinInitials: "dzxx" },
  {
    label: "Institution",
    id: "EXP-U1",
    name: "成都大学",
    nameEn: "Chengdu University",
    pinyinInitials: "cddx",
    kind: "UNIVERSITY",
  },
  { label: "Lab", id: "EXP-L1", name: "智能实验室", pinyinInitials: "znsys", level: "PROVINCIAL" },
  {
    label: "Result",
    id: "EXP-R1",
    name: "一种传感器",
    pinyinInitials: "yzcgq",
    kind: "INVENTION_PATENT",
    year: 2023,
    status: "TRANSFERRED",
  },
  { label: "Enterprise", id: "EXP-E1", name: "渝中科技公司", pinyinInitials: "yzkjgs", size: "SMALL" },
  { label: "Enterprise", id: "EXP-E2", name: "成华制造公司", pinyinInitials: "chzzgs", size: "LARGE" },
  {
    label: "Deal",
    id: "EXP-DL1",
    name: "传感器转让",
    pinyinInitials: "cgqzr",
    kind: "TRANSFER",
    amount: 120.5,
    signedOn: "2024-05-06",
  },
  {
    label: "Broker",
    id: "EXP-B1",
    name: "王五",
    pinyinInitials: "ww",
    titleLevel: "SENIOR",
    phone: "13800000000",
    email: "w@example.com",
    registeredOn: "2022-01-10",
  },
  {
    label: "Agency",
    id: "EXP-A1",
    name: "成都技术转移中心",
    pinyinInitials: "cdjszyzx",
    kind: "MARKET",
    level: "MUNICIPAL_FILED",
  },
];

const RELS: FixtureRel[] = [
  ["EXP-U1", "LOCATED_IN", "EXP-D1"],
  ["EXP-L1", "PART_OF", "EXP-U1"],
  ["EXP-L1", "DEVELOPED", "EXP-R1"],
  ["EXP-R1", "APPLIES_TO", "EXP-C1"],
  ["EXP-DL1", "TRANSFERS", "EXP-R1"],
  ["EXP-DL1", "SELLER", "EXP-L1"],
  ["EXP-DL1", "BUYER", "EXP-E1"],
  ["EXP-E1", "LOCATED_IN", "EXP-D2"],
  ["EXP-E2", "LOCATED_IN", "EXP-D1"],
  ["EXP-B1", "BROKERED", "EXP-DL1", { role: "LEAD" }],
  ["EXP-B1", "EMPLOYED_BY", "EXP-A1", { since: "2022-02-01" }],
  ["EXP-A1", "LOCATED_IN", "EXP-D1"],
  ["EXP-A1", "SERVED", "EXP-DL1"],
];

describe("explore", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, NODES, RELS);
  });
  afterAll(() => driver.close());

  /** expand with the defaults the resolver applies (every type, both directions, 50 from 0). */
  const expand = (a: { id: string; relType?: string; direction?: ExploreDirection; limit?: number; offset?: number }) =>
    explore.expand(testRequest(driver), {
      id: a.id,
      relTypes: a.relType ? [a.relType] : RELATIONSHIPS.map((r) => r.type),
      direction: a.direction ?? null,
      neighbourType: null,
      year: null,
      groupAbove: null,
      limit: a.limit ?? 50,
      offset: a.offset ?? 0,
    });
  /** search with the defaults the resolver applies (every type, 20 hits). */
  const search = (text: string, types: string[] | null = null) =>
    explore.search(testRequest(driver), { text, types, limit: 20 });

  it("search finds Chinese names, pinyin initials (as prefix), English names and exact ids", async () => {
    expect((await search("成都大学")).map((n) => n.id)).toEqual(["EXP-U1"]);
    expect((await search("cdd")).map((n) => n.id)).toEqual(["EXP-U1"]);
    expect((await search("chengdu univ")).map((n) => n.id)).toEqual(["EXP-U1"]);
    // the exact id ranks first even though "EXP-DL1" is not in any name
    expect((await search("EXP-DL1"))[0]?.id).toBe("EXP-DL1");
    expect((await search("exp-dl1"))[0]?.id).toBe("EXP-DL1");
    // "成华" matches the district and the enterprise; types restricts to Enterprise
    expect((await search("成华")).map((n) => n.id).sort()).toEqual(["EXP-D1", "EXP-E2"]);
    expect((await search("成华", ["Enterprise"])).map((n) => n.id)).toEqual(["EXP-E2"]);
  });

  it("search treats Lucene syntax as text", async () => {
    await expect(search('cd* OR "x" AND (y:z)~')).resolves.toBeInstanceOf(Array);
    expect(await search("*?")).toEqual([]);
  });

  it("node carries facets and public properties only", async () => {
    const b = await explore.getNode(testRequest(driver), "EXP-B1");
    const keys = b!.properties.map((p) => p.key);
    expect(keys).toEqual(["registeredOn", "titleLevel"]); // no phone, email or pinyinInitials
    expect(b!.properties[0]).toEqual({ key: "registeredOn", value: "2022-01-10" });
    // broker's district via its employer EXP-A1 → 成华区; year from registeredOn
    expect(b).toMatchObject({
      type: "Broker",
      degree: 2,
      districtId: "EXP-D1",
      districtName: "成华区",
      inChengdu: true,
      year: 2022,
      chainIds: [],
    });
    // deal: district of the buyer (渝中区, outside Chengdu), chains via the transferred result, amount
    expect(await explore.getNode(testRequest(driver), "EXP-DL1")).toMatchObject({
      districtId: "EXP-D2",
      inChengdu: false,
      chainIds: ["EXP-C1"],
      year: 2024,
      amount: 120.5,
      degree: 5,
    });
    // result: district of its lab's institution; lab: via institution
    expect(await explore.getNode(testRequest(driver), "EXP-R1")).toMatchObject({
      districtId: "EXP-D1",
      chainIds: ["EXP-C1"],
      year: 2023,
    });
    expect(await explore.getNode(testRequest(driver), "EXP-L1")).toMatchObject({
      districtId: "EXP-D1",
      chainIds: ["EXP-C1"],
    });
    expect(await explore.getNode(testRequest(driver), "EXP-NONE")).toBeNull();
  });

  it("neighbourCounts lists each type and direction", async () => {
    const counts = await explore.neighbourCounts(testRequest(driver), "EXP-DL1");
    // DL1: out TRANSFERS, SELLER, BUYER (1 each); in BROKERED, SERVED (1 each)
    expect(counts.map((c) => `${c.direction}:${c.relType}:${c.count}`).sort()).toEqual([
      "IN:BROKERED:1",
      "IN:SERVED:1",
      "OUT:BUYER:1",
      "OUT:SELLER:1",
      "OUT:TRANSFERS:1",
    ]);
    const d1 = await explore.neighbourCounts(testRequest(driver), "EXP-D1");
    expect(d1).toEqual([
      {
        relType: "LOCATED_IN",
        direction: "IN",
        count: 3,
        neighbourTypes: ["Agency", "Enterprise", "Institution"],
        byType: [
          { type: "Agency", count: 1 },
          { type: "Enterprise", count: 1 },
          { type: "Institution", count: 1 },
        ],
      },
    ]);
  });

  it("expand pages through neighbours ordered by name", async () => {
    // 成华区's LOCATED_IN neighbours by name: 成华制造公司 (E2), 成都大学 (U1), 成都技术转移中心 (A1)
    const all = await expand({ id: "EXP-D1" });
    const names = all.nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort());
    expect(all.total).toBe(3);
    const p1 = await expand({ id: "EXP-D1", relType: "LOCATED_IN", direction: "IN", limit: 2 });
    expect(p1.nodes.map((n) => n.id)).toEqual(all.nodes.slice(0, 2).map((n) => n.id));
    expect(p1.nextOffset).toBe(2);
    expect(p1.edges.map((e) => e.id).sort()).toEqual(p1.nodes.map((n) => `${n.id}|LOCATED_IN|EXP-D1`).sort());
    const p2 = await expand({ id: "EXP-D1", relType: "LOCATED_IN", direction: "IN", limit: 2, offset: 2 });
    expect(p2.nodes.map((n) => n.id)).toEqual(all.nodes.slice(2).map((n) => n.id));
    expect(p2.nextOffset).toBeNull();
    // wrong direction: nothing
    expect((await expand({ id: "EXP-D1", relType: "LOCATED_IN", direction: "OUT" })).total).toBe(0);
    expect((await expand({ id: "EXP-NONE" })).total).toBe(0);
  });

  it("expand carries relationship properties", async () => {
    const page = await expand({ id: "EXP-B1", relType: "BROKERED" });
    expect(page.edges).toEqual([
      {
        id: "EXP-B1|BROKERED|EXP-DL1",
        type: "BROKERED",
        source: "EXP-B1",
        target: "EXP-DL1",
        properties: [{ key: "role", value: "LEAD" }],
      },
    ]);
  });

  it("subgraph returns the nodes and only the edges among them", async () => {
    const s = await explore.subgraph(testRequest(driver), ["EXP-DL1", "EXP-B1", "EXP-E1", "EXP-NONE"]);
    expect(s.nodes.map((n) => n.id)).toEqual(["EXP-DL1", "EXP-B1", "EXP-E1"]);
    expect(s.edges.map((e) => e.id).sort()).toEqual(["EXP-B1|BROKERED|EXP-DL1", "EXP-DL1|BUYER|EXP-E1"]);
  });

  it("shortestPath ignores direction and respects maxHops", async () => {
    // 王五 -BROKERED-> DL1 -BUYER-> 渝中科技公司: 2 hops
    const p = await explore.shortestPath(testRequest(driver), "EXP-B1", "EXP-E1", explore.PATH_DEFAULT_HOPS);
    expect(p.nodes.map((n) => n.id)).toEqual(["EXP-B1", "EXP-DL1", "EXP-E1"]);
    expect(p.edges).toHaveLength(2);
    expect((await explore.shortestPath(testRequest(driver), "EXP-B1", "EXP-E1", 1)).nodes).toEqual([]);
    // 渝中区 and 成华制造公司: D2 <- E1 <- DL1 -> ... shortest is E1-D2? no: D2-E1-DL1-SELLER-L1-PART_OF-U1-D1-E2 (6) vs via A1: D2-E1-DL1-A1-D1-E2 (5)
    expect(
      (await explore.shortestPath(testRequest(driver), "EXP-D2", "EXP-E2", explore.PATH_DEFAULT_HOPS)).edges,
    ).toHaveLength(5);
  });

  it("nodesByType lists a type by name", async () => {
    expect(
      (await explore.nodesByType(testRequest(driver), "District", explore.NODES_BY_TYPE_DEFAULT)).map((n) => n.name),
    ).toEqual(["成华区", "渝中区"]);
  });
});
