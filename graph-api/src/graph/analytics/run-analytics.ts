/**
 * The analytics run: for the current graph version, compute the network evaluation of the
 * standard periods (all dates and each year with deals) — and any period asked for — and store it
 * in Neo4j (analytics-store.ts), so that every API process reads the same results with Cypher.
 * One runner at a time across processes (analytics-lock.ts). Started by `ttgraph analyze`, by the
 * importer after an import, and by an API process (in a worker thread) when it sees a graph
 * version without results.
 */
import type { Driver } from "neo4j-driver";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { logger } from "../../logger.js";
import type { Period } from "../network/network-service.js";
import { graphState } from "../common/graph-version.js";
import { acquireLock, type LockState } from "./analytics-lock.js";
import { deleteSlot, listSlots, periodKey, slotOf, STORE_FORMAT, writePeriod } from "./analytics-store.js";
import { chooseEngine, type EngineName } from "./centrality-engines.js";
import { dealsIn, dealYears, loadDeals, type DealSet } from "./deal-parties.js";
import { chainGapLists, loadGapInputs, memberGapLists, memberIndex, writeLists, type ListArrays } from "./gap-lists.js";
import PQueue from "p-queue";
import { loadFacts, loadProfiles, profilesOf } from "./graph-facts.js";
import { matchLists } from "./match-lists.js";
import { partnerLists, partnerPages, type PartnerPages } from "./partner-lists.js";
import {
  computePeriodNetwork,
  startPeriodGraph,
  type ActorProfile,
  type PeriodGraph,
  type PeriodNetwork,
  type Schedule,
} from "./period-network.js";

export interface AnalyzeOptions {
  database?: string;
  /** Periods to compute besides (or instead of) the standard ones. */
  periods?: Period[];
  /** Compute the standard periods (all dates and each year with deals); default true. */
  standard?: boolean;
  /** Recompute periods already stored for this graph version. */
  force?: boolean;
  /** Centrality engine: GDS when the server has it (auto), or graphology in this process. */
  engine?: "auto" | EngineName;
  /** Lock owner name (default host:pid:random). */
  owner?: string;
  /** Periods other than the standard ones kept per graph version (newest first); default OTHER_PERIODS_KEPT. */
  otherPeriodsKept?: number;
  onProgress?: (p: RunProgress) => void;
}

export interface RunProgress {
  graphVersion: number;
  phase: string;
  done: number;
  total: number;
}

export interface PeriodReport {
  period: string;
  nodes: number;
  ties: number;
  rows: number;
  computeMs: number;
  writeMs: number;
  /** Since the run started, when the period was stored (its answers readable). */
  readyMs: number;
  phasesMs: Record<string, number>;
}

export interface AnalyzeReport {
  /** `changing`: an import is writing (or one was interrupted), so nothing was computed. */
  status: "done" | "up-to-date" | "busy" | "changing";
  graphVersion: number;
  engine: string | null;
  periods: PeriodReport[];
  loadMs: number;
  totalMs: number;
  /** The runner holding the lock when status is busy. */
  holder: LockState | null;
}

/** The standard periods: all dates, then each calendar year. */
/**
 * Periods other than the standard ones (any from/to a request asks for, computed on demand) kept
 * per graph version: anyone may ask for one, so what is stored must not grow with the requests.
 * Once a run has stored more, the oldest go (the next request for one computes it again).
 */
export const OTHER_PERIODS_KEPT = 20;

/** True for the key of a standard period: all dates, or one calendar year. */
export const isStandardKey = (key: string): boolean => key === "*..*" || /^(\d{4})-01-01\.\.\1-12-31$/.test(key);

export function standardPeriods(years: readonly number[]): Period[] {
  return [{ from: null, to: null }, ...years.map((y) => ({ from: `${y}-01-01`, to: `${y}-12-31` }))];
}

/**
 * The actor groups and, when all dates are computed, the lists that go with them, from the
 * run's facts (graph-facts.ts) — in a function of their own so that the facts (hundreds of
 * megabytes at x10 scale) are garbage once it returns: the run's own frame lives until its end.
 * Without all dates (one period asked for, or only years) the groups are asked for the deal set's
 * actors alone, not derived from the whole graph.
 */
async function deriveFromFacts(
  driver: Driver,
  set: DealSet,
  withAllDates: boolean,
  database?: string,
): Promise<{ profiles: Map<number, ActorProfile>; allDatesLists?: AllDatesLists }> {
  if (!withAllDates) return { profiles: await loadProfiles(driver, set, database) };
  const facts = await loadFacts(driver, database);
  const profiles = profilesOf(facts, set);
  let t = performance.now();
  const pages = partnerPages(facts, { set, deals: dealsIn(set, { from: null, to: null }) });
  const partnerMs = Math.round(performance.now() - t);
  t = performance.now();
  const matching = await matchLists(facts, set);
  const ms = { partnerLists: partnerMs, matchLists: Math.round(performance.now() - t) };
  return { profiles, allDatesLists: { pages, matching, ms } };
}

/** The lists stored with the all-dates period that do not depend on its network but for refs. */
interface AllDatesLists {
  pages: PartnerPages;
  matching: Map<string, ListArrays>;
  /** Time spent building them (reported with all dates). */
  ms: Record<string, number>;
}

export const defaultOwner = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Periods whose centralities may be computed ahead of the one being finished, and at once. */
const AHEAD = 2;
const PARALLEL_CENTRALITIES = 2;

export async function runAnalytics(driver: Driver, options: AnalyzeOptions = {}): Promise<AnalyzeReport> {
  const started = performance.now();
  const { database } = options;
  const owner = options.owner ?? defaultOwner();
  const { version, changing } = await graphState(driver, database);
  const report: AnalyzeReport = {
    status: "done",
    graphVersion: version,
    engine: null,
    periods: [],
    loadMs: 0,
    totalMs: 0,
    holder: null,
  };
  // Figures of a graph an import is still writing would be stored as this version's: none then.
  if (changing) return { ...report, status: "changing" };
  const { lock, holder } = await acquireLock(driver, owner, `graph version ${version}`, database);
  if (!lock) return { ...report, status: "busy", holder };
  let outcome = "failed";
  try {
    const progress = async (phase: string, done: number, total: number) => {
      options.onProgress?.({ graphVersion: version, phase, done, total });
      await lock.progress({ phase, done, total });
    };
    const slots = await listSlots(driver, database);
    // Rows of a run that died before completing its period: nobody else writes while we hold the lock.
    // Also this version's periods stored in an older layout: they are recomputed into the same slots.
    for (const s of slots.filter((x) => !x.complete || (x.graphVersion === version && x.format !== STORE_FORMAT))) {
      await deleteSlot(driver, s.slot, database);
    }
    const current = slots.filter((s) => s.complete && s.graphVersion === version && s.format === STORE_FORMAT);
    const stored = new Set(current.map((s) => s.period));
    const wantStandard = options.standard ?? true;

    await progress("loading deals", 0, 1);
    const loadStarted = performance.now();
    const extra = options.periods ?? [];
    // Only the asked periods' deals when the standard ones are not wanted (an on-demand period).
    const span: Period = !wantStandard && extra.length === 1 ? (extra[0] as Period) : { from: null, to: null };
    const set = await loadDeals(driver, span, database);
    const candidates = [...(wantStandard ? standardPeriods(dealYears(set)) : []), ...extra];
    const todo = dedupe(candidates).filter((p) => options.force || !stored.has(periodKey(p)));
    if (todo.length === 0) {
      outcome = "up to date";
      return { ...report, status: "up-to-date", totalMs: Math.round(performance.now() - started) };
    }
    const engine = await chooseEngine(driver, options.engine ?? "auto", database);
    report.engine = engine.name;
    /** Built from the facts beside all dates' centralities, written with all dates (see below). */
    let allDatesLists: AllDatesLists | undefined;
    /** Store one computed period (its lists, chunks, then the period node that completes it). */
    const writeOne = async (
      i: number,
      period: Period,
      network: PeriodNetwork,
      lists: Map<string, ListArrays>,
      computeMs: number,
    ): Promise<void> => {
      const key = periodKey(period);
      await progress(`writing ${key}`, i, todo.length);
      const t1 = performance.now();
      const slot = slotOf(version, key);
      if (stored.has(key)) await deleteSlot(driver, slot, database);
      await writeLists(driver, slot, lists, database);
      const allDates = period.from === null && period.to === null;
      const rows = network.rows.length; // writePeriod releases the rows
      const listsMs: Record<string, number> = allDates ? { ...allDatesLists?.ms } : {};
      await writePeriod(driver, { slot, graphVersion: version, period, network, computeMs }, database, async (refs) => {
        // Partner suggestions' candidate lists refer to the all-dates network (common neighbours);
        // matching does not depend on a period: both go with all dates, built while it was computed.
        if (allDates && allDatesLists) {
          await progress("writing partner and matching lists", i, todo.length);
          const t = performance.now();
          const lists = new Map([...partnerLists(allDatesLists.pages, refs), ...allDatesLists.matching]);
          allDatesLists = undefined;
          await writeLists(driver, slot, lists, database);
          listsMs.writeLists = Math.round(performance.now() - t);
        }
      });
      const p: PeriodReport = {
        period: key,
        nodes: network.figures.nodeCount,
        ties: network.figures.edgeCount,
        rows,
        computeMs,
        writeMs: Math.round(performance.now() - t1),
        readyMs: Math.round(performance.now() - started),
        phasesMs: { ...network.figures.phasesMs, ...listsMs },
      };
      report.periods.push(p);
      logger.info({ graphVersion: version, ...p }, "analytics: period stored");
    };
    // The engine's work on a period (in Neo4j with GDS) runs ahead of this process: the first
    // period's while the facts load, the next AHEAD periods' once a period's metrics are
    // computed (while that period is written), at most PARALLEL_CENTRALITIES at once (a small
    // graph's centralities are mostly fixed costs of the procedures). Only the periods after all
    // dates run beside another: beside all dates' rows at most AHEAD years' ties are held.
    const graphs: (PeriodGraph | undefined)[] = [];
    const centralities = new PQueue({ concurrency: PARALLEL_CENTRALITIES });
    const schedule: Schedule = <T>(task: () => Promise<T>) => centralities.add(task);
    const startGraph = (i: number) => {
      const period = todo[i];
      if (!period || i < graphs.length) return;
      graphs[i] = startPeriodGraph(dealsIn(set, period), set.ids, engine, schedule);
    };
    try {
      startGraph(0);
      await progress("loading actor groups and lists", 0, todo.length);
      const withAllDates = todo.some((p) => p.from === null && p.to === null);
      const [derived, gapInputs] = await Promise.all([
        deriveFromFacts(driver, set, withAllDates, database),
        loadGapInputs(driver, database),
      ]);
      const { profiles } = derived;
      allDatesLists = derived.allDatesLists;
      derived.allDatesLists = undefined; // written with all dates, then garbage (this frame lives on)
      report.loadMs = Math.round(performance.now() - loadStarted);
      logger.info(
        {
          graphVersion: version,
          deals: set.deals.length,
          actors: set.ids.length,
          engine: engine.name,
          ms: report.loadMs,
        },
        "analytics: deals and facts loaded",
      );
      const members = memberIndex(set, gapInputs);

      // A period is written while the next one is computed, one write at a time and in order —
      // only while the two together hold no more deals than all dates, so that memory stays
      // within what all dates alone need (all dates' write runs alone).
      let writing: Promise<void> = Promise.resolve();
      let writingDeals = 0;
      try {
        for (const [i, period] of todo.entries()) {
          const key = periodKey(period);
          await progress(`computing ${key}`, i, todo.length);
          const deals = dealsIn(set, period);
          if (writingDeals + deals.length > set.deals.length) await writing;
          const t0 = performance.now();
          startGraph(i);
          const graph = graphs[i] as PeriodGraph;
          const network = await computePeriodNetwork(deals, graph, set.ids, profiles, engine.name, set.chains);
          graphs[i] = undefined;
          for (let k = i + 1; k <= i + AHEAD; k++) startGraph(k);
          const lists = memberGapLists(set, deals, members);
          if (period.from === null && period.to === null) {
            for (const [k, v] of chainGapLists(gapInputs)) lists.set(k, v);
          }
          const computeMs = Math.round(performance.now() - t0);
          await writing;
          writing = writeOne(i, period, network, lists, computeMs);
          writingDeals = deals.length;
          writing.catch(() => undefined); // awaited before the next write or after the last period
        }
        await writing;
      } finally {
        await writing.catch(() => undefined);
      }
    } finally {
      // A failure leaves no centrality running past the lock (GDS drops its projection itself).
      await Promise.allSettled(graphs.map((g) => g?.centrality));
    }
    await progress("removing older results", todo.length, todo.length);
    // Other periods of this version, newest first: those this run wrote (in the order written),
    // then those stored before it (the run holds the lock: the listing at its start is current).
    const written = todo.map(periodKey).filter((k) => !isStandardKey(k));
    if (written.length > 0) {
      const before = current
        .filter((s) => s.period !== null && !isStandardKey(s.period) && !written.includes(s.period))
        .sort((a, b) => (b.computedAt ?? "").localeCompare(a.computedAt ?? ""))
        .map((s) => s.period as string);
      const newestFirst = [...written.reverse(), ...before];
      for (const key of newestFirst.slice(options.otherPeriodsKept ?? OTHER_PERIODS_KEPT)) {
        await deleteSlot(driver, slotOf(version, key), database);
      }
    }
    // Results of older graph versions go once this version's standard periods are all stored.
    if (wantStandard) {
      for (const s of slots.filter((x) => x.complete && x.graphVersion !== null && x.graphVersion < version)) {
        await deleteSlot(driver, s.slot, database);
      }
    }
    outcome = "done";
    return { ...report, totalMs: Math.round(performance.now() - started) };
  } catch (e) {
    // The driver's own message (e.g. a GDS procedure's) says what went wrong; keep it.
    const cause = (e as { cause?: { message?: string } }).cause?.message;
    const message = cause ? `${(e as Error).message}: ${cause}` : (e as Error).message;
    outcome = `failed: ${message}`.slice(0, 500);
    throw new Error(message, { cause: e });
  } finally {
    await lock.release(outcome).catch((e: unknown) => logger.warn({ err: (e as Error).message }, "lock release"));
  }
}

function dedupe(periods: Period[]): Period[] {
  const seen = new Set<string>();
  return periods.filter((p) => {
    const k = periodKey(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
