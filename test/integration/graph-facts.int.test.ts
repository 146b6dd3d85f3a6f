/**
 * The analytics run reads every organisation, result, demand and broker once (graph-facts.ts) and
 * derives from them what separate queries used to walk: the actor groups of the brokerage roles,
 * the partner pages' cards and chain links, and the inputs of the matching lists. On the demo
 * data, each derivation equals its definition in Cypher (test/integration/definitions/).
 * Resets the database (serial project).
 */
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCypher, streamQuery } from "../../graph-api/src/db/run-query.js";
import { loadDeals, type DealSet } from "../../graph-api/src/graph/analytics/deal-parties.js";
import type { ListArrays } from "../../graph-api/src/graph/analytics/gap-lists.js";
import {
  loadFacts,
  loadProfiles,
  profilesOf,
  type GraphFacts,
} from "../../graph-api/src/graph/analytics/graph-facts.js";
import { matchLists } from "../../graph-api/src/graph/analytics/match-lists.js";
import { partnerPages } from "../../graph-api/src/graph/analytics/partner-lists.js";
import { loadDemoIfEmpty } from "../../graph-api/src/ingest/load-demo.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";
import { testConfig } from "../helpers/test-config.js";

let driver: Driver;
let set: DealSet;
let facts: GraphFacts;

type Row = Record<string, unknown>;
const definition = <T extends Row>(name: string, params: Row = {}): Promise<T[]> =>
  runCypher<T>(driver, name, readFileSync(new URL(`definitions/${name}.cypher`, import.meta.url), "utf8"), params);

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadDemoIfEmpty(driver, { ...testConfig(), LOAD_DEMO: true });
  set = await loadDeals(driver, { from: null, to: null });
  facts = await loadFacts(driver);
}, 300_000);

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe("graph facts", () => {
  it("stop streaming when the run's signal aborts (a sibling stream failed), rejecting with its reason", async () => {
    const organisations = facts.orgs.type.filter((t) => t !== "").length;
    expect(organisations).toBeGreaterThan(1);
    const stop = new AbortController();
    const reason = new Error("list-result-facts failed");
    let seen = 0;
    const stream = (onRecord: () => void) =>
      streamQuery(driver, "analytics/list-org-facts", {}, undefined, onRecord, { signal: stop.signal });
    await expect(stream(() => (seen++, stop.abort(reason)))).rejects.toBe(reason);
    expect(seen).toBe(1);
    await expect(stream(() => seen++)).rejects.toBe(reason); // aborted already: not started
    expect(seen).toBe(1);
    // The stopped stream left the pool usable: a full one reads every organisation.
    let all = 0;
    await streamQuery(driver, "analytics/list-org-facts", {}, undefined, () => all++);
    expect(all).toBe(organisations);
  });

  it("give every deal party the type and groups list-party-groups-*.cypher give it (loadProfiles, for runs without all dates)", async () => {
    const profiles = profilesOf(facts, set);
    const asked = await loadProfiles(driver, set);
    expect(asked.size).toBe(set.ids.length);
    expect(profiles.size).toBe(asked.size);
    let withChains = 0;
    for (const [a, want] of asked) {
      const id = set.ids[a] as string;
      const p = profiles.get(a);
      expect(p, id).toBeDefined();
      expect(p?.type, id).toBe(want.type);
      expect(sorted(p?.inChengdu ?? []), id).toEqual(sorted(want.inChengdu));
      expect(sorted(p?.chains ?? []), id).toEqual(sorted(want.chains));
      if (want.chains.size > 0) withChains++;
    }
    expect(withChains).toBeGreaterThan(0);
  });

  it("give every organisation on a partner page the card and chain links list-org-cards and list-org-chain-links give it", async () => {
    const pages = partnerPages(facts, { set, deals: set.deals });
    const [cards, links] = await Promise.all([
      definition<{
        id: string;
        type: string;
        districtId: string | null;
        districtName: string | null;
        inChengdu: boolean | null;
        alliances: string[];
      }>("list-org-cards"),
      definition<{ id: string; chain: string; kind: string }>("list-org-chain-links"),
    ]);
    const byKind = new Map<string, Set<string>>(); // `${kind}|${id}` → chains
    const members = new Map<string, Set<string>>(); // chain → organisations active in it
    for (const l of links) {
      for (const kind of ["active", l.kind]) {
        const key = `${kind}|${l.id}`;
        byKind.set(key, (byKind.get(key) ?? new Set()).add(l.chain));
      }
      members.set(l.chain, (members.get(l.chain) ?? new Set()).add(l.id));
    }
    const cardOf = new Map(cards.map((c) => [c.id, c]));
    // The demo's chains have fewer organisations than a page holds: each page is every one of them.
    expect(sorted(pages.pages.map((p) => p.chain))).toEqual(sorted(members.keys()));
    const words = (pages.pages[0]?.members[0]?.[1].masks.length ?? 3) / 3;
    const chainsIn = (masks: number[], k: number) =>
      sorted(
        pages.tables.chains.filter(
          (_, c) => ((masks[k * words + Math.floor(c / 30)] as number) & (1 << (c % 30))) !== 0,
        ),
      );
    let checked = 0;
    for (const page of pages.pages) {
      expect(sorted(page.members.map(([id]) => id)), page.chain).toEqual(sorted(members.get(page.chain) ?? []));
      for (const [id, card] of page.members) {
        const want = cardOf.get(id);
        expect(want, id).toBeDefined();
        expect([card.type, card.districtId, card.districtName, card.inChengdu], id).toEqual([
          want?.type,
          want?.districtId ?? "",
          want?.districtName ?? "",
          want?.inChengdu === null ? -1 : want?.inChengdu ? 1 : 0,
        ]);
        expect(sorted(card.alliances), id).toEqual(sorted(want?.alliances ?? []));
        ["active", "supply", "demand"].forEach((kind, k) =>
          expect(chainsIn(card.masks, k), `${kind} ${id}`).toEqual(sorted(byKind.get(`${kind}|${id}`) ?? [])),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("give the matching lists the chain sets, result and broker features and sellers' sales of list-*-cards, list-seller-sales and list-demand-chain-sets", async () => {
    const lists = await matchLists(facts, set);
    const [chainSets, results, brokers, sales] = await Promise.all([
      definition<{ chains: string[] }>("list-demand-chain-sets"),
      definition<{
        id: string;
        trl: number | null;
        status: string;
        developerId: string | null;
        inChengdu: boolean | null;
      }>("list-result-cards"),
      definition<{ id: string; titleLevel: string; chengduDeals: number }>("list-broker-cards"),
      definition<{ id: string; chains: string[]; deals: number }>("list-seller-sales"),
    ]);
    const names = (prefix: string) =>
      sorted([...lists.keys()].filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)));
    const keys = sorted(chainSets.map((r) => [...r.chains].sort().join(",")));
    expect(names("resultMatch|")).toEqual(keys);
    expect(names("brokerMatch|")).toEqual(keys);
    // Sellers' sales: every seller's groups, decoded from its bucket.
    const want = new Map<string, string[]>();
    for (const r of sales) want.set(r.id, [...(want.get(r.id) ?? []), `${sorted(r.chains).join(",")}=${r.deals}`]);
    const got = new Map<string, string[]>();
    for (const [name, l] of lists) {
      if (!name.startsWith("sellerSales|")) continue;
      const [ids, start, chains, deals] = [l.actorId, l.sigStart, l.sigChains, l.sigDeals] as [
        string[],
        number[],
        string[],
        number[],
      ];
      ids.forEach((id, i) => {
        const groups: string[] = [];
        for (let k = start[i] as number; k < (start[i + 1] as number); k++)
          groups.push(`${sorted((chains[k] as string).split(",")).join(",")}=${deals[k]}`);
        got.set(id, groups);
      });
    }
    expect(sorted(got.keys())).toEqual(sorted(want.keys()));
    for (const [id, groups] of want) expect(sorted(got.get(id) ?? []), id).toEqual(sorted(groups));
    // Each stored result's features and developer record; each stored broker's.
    const resultOf = new Map(results.map((r) => [r.id, r]));
    const brokerOf = new Map(brokers.map((b) => [b.id, b]));
    let entries = 0;
    for (const key of keys) {
      const chainSet = key.split(",");
      const r = lists.get(`resultMatch|${key}`) as ListArrays;
      (r.actorId as string[]).forEach((id, i) => {
        const w = resultOf.get(id);
        const record = sales
          .filter((s) => s.id === w?.developerId && s.chains.some((c) => chainSet.includes(c)))
          .reduce((n, s) => n + s.deals, 0);
        expect([r.trl?.[i], r.status?.[i], r.inChengdu?.[i], r.developerDeals?.[i]], `${key} ${id}`).toEqual([
          w?.trl ?? -1,
          w?.status,
          w?.inChengdu === null ? -1 : w?.inChengdu ? 1 : 0,
          record,
        ]);
        entries++;
      });
      const b = lists.get(`brokerMatch|${key}`) as ListArrays;
      (b.actorId as string[]).forEach((id, i) => {
        expect([b.titleLevel?.[i], b.chengduDeals?.[i]], `${key} ${id}`).toEqual([
          brokerOf.get(id)?.titleLevel,
          brokerOf.get(id)?.chengduDeals,
        ]);
        entries++;
      });
    }
    expect(entries).toBeGreaterThan(0);
  });
});
