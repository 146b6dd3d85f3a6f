/**
 * `npm run bench:network-floor [-- --scale demo|city|x10] [--runs N]`: how little time the analytics
 * run can take on this machine. It does what `ttgraph analyze` does for every standard period, in
 * the same order, but one step at a time with nothing overlapping, and measures each step's CPU:
 * Neo4j's (a local server, from /proc) and this process's. The sum of the steps' core-seconds
 * divided by the machine's cores is the least wall-clock time the run can take with perfect
 * overlap and nothing else running — against the goals of `bench:network` (city 10 s for all
 * periods, x10 30 s for all dates).
 *
 * It holds the analytics lock meanwhile (a run that starts then reports busy) and writes the periods
 * to slots of a graph version no graph reaches (answers read the newest version at or below the
 * current one, so these are never served), deleted at the end and, if a pass was killed, at the
 * next start. Needs a local server (NEO4J_HOME, NEO4J_BOLT_PORT) that nothing else uses while it
 * runs: its CPU is counted whole. `--scale` loads that package first when the database does not
 * hold it (it resets that database: never point it at a database others use).
 */
import { availableParallelism, loadavg } from "node:os";
import type { Driver } from "neo4j-driver";
import { acquireLock } from "../../graph-api/src/graph/analytics/analytics-lock.js";
import {
  deleteSlot,
  listSlots,
  periodKey,
  slotOf,
  writePeriod,
} from "../../graph-api/src/graph/analytics/analytics-store.js";
import { chooseEngine } from "../../graph-api/src/graph/analytics/centrality-engines.js";
import { dealsIn, dealYears, loadDeals } from "../../graph-api/src/graph/analytics/deal-parties.js";
import {
  chainGapLists,
  loadGapInputs,
  memberGapLists,
  memberIndex,
  writeLists,
} from "../../graph-api/src/graph/analytics/gap-lists.js";
import { loadFacts, profilesOf } from "../../graph-api/src/graph/analytics/graph-facts.js";
import { matchLists } from "../../graph-api/src/graph/analytics/match-lists.js";
import { partnerLists, partnerPages } from "../../graph-api/src/graph/analytics/partner-lists.js";
import { computePeriodNetwork, startPeriodGraph } from "../../graph-api/src/graph/analytics/period-network.js";
import { defaultOwner, standardPeriods } from "../../graph-api/src/graph/analytics/run-analytics.js";
import type { DealSet } from "../../graph-api/src/graph/analytics/deal-parties.js";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { isScaleName } from "../../graph-api/src/ingest/generate/scales.js";
import { status } from "../../neo4j-local/server.js";
import { benchConfig, prepareBenchDb } from "./api/bench-db.js";
import { cpuSecondsOf, ownCpuSeconds } from "./process-cpu.js";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 1);
const scale = arg("--scale");
/** A graph version no graph reaches: answers read the newest at or below the current one. */
const NO_VERSION = 2_147_483_647;
/** Quiet time after each step, so that the server's CPU for it (e.g. its commit) is counted with it. */
const SETTLE_MS = 250;

interface StepCost {
  wall: number;
  neo4j: number;
  runner: number;
}

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs: a whole number ≥ 1 (got ${arg("--runs")})`);
  const config = benchConfig();
  if (!config.localNeo4j) throw new Error("bench:network-floor measures a local server's CPU: set NEO4J_HOME");
  let driver: Driver;
  if (scale) {
    if (!isScaleName(scale)) throw new Error(`--scale: demo, city or x10 (got ${scale})`);
    ({ driver } = await prepareBenchDb(scale, 2024, console.log));
  } else {
    driver = createDriver(config);
  }
  const server = await status(config);
  if (!server.running) throw new Error(`no local Neo4j running at ${config.neo4jUri}`);
  const cores = availableParallelism();
  console.log(`bench:network-floor — ${scale ?? config.neo4jUri}, ${cores} cores, load ${loadavg()[0]?.toFixed(1)}`);
  const { lock, holder } = await acquireLock(driver, defaultOwner(), "bench:network-floor");
  if (!lock) {
    await driver.close();
    throw new Error(`an analytics run holds the lock (${JSON.stringify(holder)}): try again when it is done`);
  }
  const stop = () => void lock.release("interrupted").finally(() => process.exit(130));
  process.once("SIGINT", stop);
  try {
    await deleteSlots(
      driver,
      (await listSlots(driver)).filter((x) => x.graphVersion === NO_VERSION).map((x) => x.slot),
    );
    for (let run = 1; run <= RUNS; run++) {
      const costs = await oneRun(driver, server.pid);
      console.log(`\nrun ${run} of ${RUNS} (load ${loadavg()[0]?.toFixed(1)}), each step alone:`);
      console.log(
        `  ${"step".padEnd(46)} ${"wall s".padStart(7)} ${"Neo4j".padStart(7)} ${"runner".padStart(7)} ${"core-s".padStart(7)}`,
      );
      let total = 0;
      let allDates = 0;
      let wall = 0;
      for (const [step, c] of costs) {
        const core = c.neo4j + c.runner;
        total += core;
        wall += c.wall;
        if (!step.includes("years")) allDates += core;
        const f = (v: number) => v.toFixed(2).padStart(7);
        console.log(`  ${step.padEnd(46)} ${f(c.wall)} ${f(c.neo4j)} ${f(c.runner)} ${f(core)}`);
      }
      const least = (core: number) =>
        `${core.toFixed(1)} core-seconds, at least ${(core / cores).toFixed(1)} s on ${cores} cores`;
      const runner = [...costs.values()].reduce((sum, c) => sum + c.runner, 0);
      console.log(`  all periods: ${least(total)} (one after the other: ${wall.toFixed(1)} s)`);
      console.log(
        `  the runner alone: ${runner.toFixed(1)} CPU-seconds (most of it on its one thread: a floor of its own)`,
      );
      console.log(`  up to all dates stored: ${least(allDates)}`);
    }
  } finally {
    process.off("SIGINT", stop);
    await lock.release("done").catch(() => undefined);
    await driver.close();
  }
}

/** Delete each slot; a failure is reported and does not stop the others (nor hide the run's error). */
async function deleteSlots(driver: Driver, slots: readonly string[]): Promise<void> {
  for (const slot of slots) {
    await deleteSlot(driver, slot).catch((e: unknown) =>
      console.error(`could not delete slot ${slot} (${(e as Error).message}): the next pass deletes it`),
    );
  }
}

/**
 * What the run builds from the facts (in a function of its own, as in the run: the facts are
 * garbage once it returns, so that they do not weigh on the later steps' garbage collection).
 */
async function fromFacts(driver: Driver, set: DealSet, step: Step) {
  const facts = await step("read the facts", () => loadFacts(driver));
  const gapInputs = await step("read the gap inputs", () => loadGapInputs(driver));
  const lists = "actor groups, partner pages, matching (runner)";
  const profiles = await step(lists, () => profilesOf(facts, set));
  const pages = await step(lists, () => partnerPages(facts, { set, deals: dealsIn(set, { from: null, to: null }) }));
  const matching = await step(lists, () => matchLists(facts, set));
  const members = await step(lists, () => memberIndex(set, gapInputs));
  return { gapInputs, profiles, pages, matching, members };
}

type Step = <T>(name: string, f: () => Promise<T> | T) => Promise<T>;
type FromFacts = Awaited<ReturnType<typeof fromFacts>>;

/** One pass over the run's steps; the cost of each (summed over the periods of the same kind). */
async function oneRun(driver: Driver, serverPid: number | undefined): Promise<Map<string, StepCost>> {
  const costs = new Map<string, StepCost>();
  const step: Step = async (name, f) => {
    const neo4j0 = cpuSecondsOf(serverPid);
    const own0 = ownCpuSeconds();
    const t0 = performance.now();
    const out = await f();
    const wall = (performance.now() - t0) / 1000;
    // Both after settling: the step's garbage collection and the server's commit count with it.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const runner = ownCpuSeconds() - own0;
    const neo4j1 = cpuSecondsOf(serverPid);
    if (neo4j0 === undefined || neo4j1 === undefined) throw new Error("the server's CPU could not be read");
    const c = costs.get(name) ?? { wall: 0, neo4j: 0, runner: 0 };
    costs.set(name, { wall: c.wall + wall, neo4j: c.neo4j + neo4j1 - neo4j0, runner: c.runner + runner });
    return out;
  };
  const set = await step("read the deals", () => loadDeals(driver, { from: null, to: null }));
  const derived: Partial<FromFacts> = await fromFacts(driver, set, step);
  const { gapInputs, profiles, members } = derived as FromFacts;
  const engine = await chooseEngine(driver, "auto");
  const periods = standardPeriods(dealYears(set));
  const slots: string[] = [];
  try {
    for (const period of periods) {
      const all = period.from === null && period.to === null;
      const which = all ? "all dates" : `${periods.length - 1} years`;
      const deals = dealsIn(set, period);
      const graph = await step(`${engine.name}, ${which}`, async () => {
        const g = startPeriodGraph(deals, set.ids, engine);
        await g.centrality;
        return g;
      });
      const network = await step(`metrics and rows, ${which} (runner)`, async () => {
        const n = await computePeriodNetwork(deals, graph, set.ids, profiles, engine.name, set.chains);
        const gaps = memberGapLists(set, deals, members);
        if (all) for (const [k, v] of chainGapLists(gapInputs)) gaps.set(k, v);
        return { n, gaps };
      });
      const slot = slotOf(NO_VERSION, periodKey(period));
      slots.push(slot);
      await step(`write ${which}`, async () => {
        await writeLists(driver, slot, network.gaps);
        await writePeriod(
          driver,
          { slot, graphVersion: NO_VERSION, period, network: network.n, computeMs: 0 },
          undefined,
          async (refs) => {
            if (!all || !derived.pages || !derived.matching) return;
            const lists = new Map([...partnerLists(derived.pages, refs), ...derived.matching]);
            derived.pages = derived.matching = undefined; // written: garbage, as in the run
            await writeLists(driver, slot, lists);
          },
        );
      });
    }
  } finally {
    await deleteSlots(driver, slots);
  }
  return costs;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
