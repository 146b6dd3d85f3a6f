/**
 * Run a layout on a live Cytoscape instance without freezing the page: small graphs lay out on the
 * main thread (with animation; there fcose knows the nodes' and names' sizes and keeps them apart),
 * big ones (> WORKER_THRESHOLD nodes) in layout-worker.ts, whose positions are then applied a chunk
 * per frame (apply-positions.ts).
 */
import type { Core, ElementDefinition, LayoutOptions, Layouts } from "cytoscape";
import { POSITION_CHUNK, applyPositions, chunked } from "./apply-positions";
import { LayoutCancelled, type JobProgress, type LayoutJob } from "./layout-job";
import { WORKER_THRESHOLD } from "./layouts";
import type { LayoutRequest, LayoutResponse } from "./layout-worker";
import { skeletonOf } from "./skeleton";

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: LayoutResponse) => void>();
const progressOf = new Map<number, (p: JobProgress) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  if (!worker) {
    worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (ev: MessageEvent<LayoutResponse>) => {
      if (ev.data.progress) {
        progressOf.get(ev.data.id)?.(ev.data.progress);
        return;
      }
      pending.get(ev.data.id)?.(ev.data);
      pending.delete(ev.data.id);
      progressOf.delete(ev.data.id);
    };
    // A worker that fails to load or throws must not leave layouts waiting forever:
    // fail the pending ones (runLayout then lays out on the main thread) and start afresh next time.
    worker.onerror = (ev: ErrorEvent) => resetWorker(ev.message || "layout worker failed");
  }
  return worker;
}

/** A layout the worker has not answered by then is taken as hung (the caller falls back). */
const WORKER_TIMEOUT_MS = 120_000;

/** Fail every pending layout and drop the worker, so the next layout starts a fresh one. */
function resetWorker(reason: string): void {
  for (const [id, done] of pending) done({ id, error: reason });
  pending.clear();
  progressOf.clear();
  worker?.terminate();
  worker = null;
}

const CANCELLED = "layout cancelled";

/**
 * Compute positions in the worker for the given elements. With a job, the worker's progress goes
 * to it and stopping the job terminates the worker (a synchronous layout cannot be interrupted
 * otherwise); the promise then rejects with LayoutCancelled.
 */
export function layoutInWorker(
  elements: ElementDefinition[],
  options: LayoutOptions,
  job?: LayoutJob,
): Promise<Record<string, { x: number; y: number }>> {
  if (job?.stopped) return Promise.reject(new LayoutCancelled());
  const w = getWorker();
  if (!w) return Promise.reject(new Error("Web workers unavailable"));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => resetWorker(`layout worker gave no answer in ${WORKER_TIMEOUT_MS / 1000} s`),
      WORKER_TIMEOUT_MS,
    );
    pending.set(id, (r) => {
      clearTimeout(timer);
      if (r.positions) resolve(r.positions);
      else if (r.error === CANCELLED) reject(new LayoutCancelled());
      else reject(new Error(r.error ?? "layout failed"));
    });
    if (job) {
      progressOf.set(id, (p) => job.report(p));
      job.onStop(() => {
        if (pending.has(id)) resetWorker(CANCELLED);
      });
    }
    w.postMessage({ id, elements, options } satisfies LayoutRequest);
  });
}

const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * Apply each element's style a chunk per task while the worker computes: Cytoscape styles
 * lazily, and at 20k elements doing it all at once (at the fit or the first frame) blocked the
 * page for most of a second.
 */
async function warmStyles(cy: Core, gen: number): Promise<void> {
  for (const part of chunked(cy.elements().toArray(), POSITION_CHUNK)) {
    await nextTask();
    if (cy.destroyed() || running.get(cy)?.gen !== gen) return;
    for (const el of part) el.style("display");
  }
}

/** The layout currently running per instance, so a new one stops it first (two overlapping
 * animated layouts fight over node positions and the older one can win). */
const running = new WeakMap<Core, { layout?: Layouts; gen: number }>();

function startLayout(cy: Core, options: LayoutOptions, gen: number, job?: LayoutJob): Promise<void> {
  return new Promise<void>((resolve) => {
    const l = cy.layout(options);
    running.set(cy, { layout: l, gen });
    l.one("layoutstop", () => resolve());
    job?.onStop(() => {
      l.stop();
      cy.nodes().stop(true, false);
    });
    l.run();
  });
}

/**
 * Run `options` on `cy`; resolves when positions are applied (or when a newer layout replaced it).
 * `mainThread` skips the worker (the caller's worker layout already failed); `worker` uses it
 * whatever the size (a view that must not block the page while it opens). With a `job`, progress
 * goes to it and stopping it leaves the nodes where they are (the promise rejects with
 * LayoutCancelled).
 */
export async function runLayout(
  cy: Core,
  options: LayoutOptions,
  opts: { mainThread?: boolean; worker?: boolean; job?: LayoutJob } = {},
): Promise<void> {
  const count = cy.nodes().length;
  if (count === 0) return;
  const previous = running.get(cy);
  previous?.layout?.stop();
  cy.nodes().stop(true, false); // drop queued position animations of the previous layout
  cy.stop(true, false); // and its viewport (fit) animation
  const gen = (previous?.gen ?? 0) + 1;
  running.set(cy, { gen });
  if ((count > WORKER_THRESHOLD || opts.worker) && !opts.mainThread && typeof Worker !== "undefined") {
    try {
      // Hold rendering while the worker runs: the frame of the not-yet-laid-out nodes is thrown
      // away anyway and at 20k elements cost seconds of main thread (npm run bench:explorer).
      cy.startBatch();
      let positions: Record<string, { x: number; y: number }>;
      try {
        const inWorker = layoutInWorker(skeletonOf(cy), options, opts.job);
        await warmStyles(cy, gen);
        positions = await inWorker;
      } finally {
        if (!cy.destroyed()) cy.endBatch();
      }
      if (cy.destroyed() || running.get(cy)?.gen !== gen) return; // a newer layout took over
      opts.job?.throwIfStopped();
      await applyPositions(cy, positions, options, () => running.get(cy)?.gen === gen);
      return;
    } catch (e) {
      if (e instanceof LayoutCancelled) throw e;
      // otherwise fall through to the main thread: slower, but the picture still appears
    }
  }
  await startLayout(cy, options, gen, opts.job);
  opts.job?.throwIfStopped();
}
