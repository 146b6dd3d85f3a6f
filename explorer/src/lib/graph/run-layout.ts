/**
 * Run a layout on a live Cytoscape instance without freezing the page: small graphs lay out on the
 * main thread (with animation), big ones (> WORKER_THRESHOLD nodes) in layout-worker.ts, whose
 * positions are then applied with a preset layout.
 */
import type { Core, ElementDefinition, LayoutOptions, Layouts } from "cytoscape";
import { WORKER_THRESHOLD } from "./layouts";
import type { LayoutRequest, LayoutResponse } from "./layout-worker";

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: LayoutResponse) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  if (!worker) {
    worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (ev: MessageEvent<LayoutResponse>) => {
      pending.get(ev.data.id)?.(ev.data);
      pending.delete(ev.data.id);
    };
    // A worker that fails to load or throws must not leave layouts waiting forever:
    // fail the pending ones (runLayout then lays out on the main thread) and start afresh next time.
    worker.onerror = (ev: ErrorEvent) => {
      for (const [id, done] of pending) done({ id, error: ev.message || "layout worker failed" });
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/** Compute positions in the worker for the given elements. */
export function layoutInWorker(
  elements: ElementDefinition[],
  options: LayoutOptions,
): Promise<Record<string, { x: number; y: number }>> {
  const w = getWorker();
  if (!w) return Promise.reject(new Error("Web workers unavailable"));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, (r) => (r.positions ? resolve(r.positions) : reject(new Error(r.error ?? "layout failed"))));
    w.postMessage({ id, elements, options } satisfies LayoutRequest);
  });
}

/** Skeleton of the graph a worker needs: ids, edge ends, current positions. */
function skeleton(cy: Core): ElementDefinition[] {
  const nodes = cy
    .nodes()
    .map((n) => ({ group: "nodes" as const, data: { id: n.id() }, position: { ...n.position() } }));
  const edges = cy
    .edges()
    .map((e) => ({ group: "edges" as const, data: { id: e.id(), source: e.source().id(), target: e.target().id() } }));
  return [...nodes, ...edges];
}

/** The layout currently running per instance, so a new one stops it first (two overlapping
 * animated layouts fight over node positions and the older one can win). */
const running = new WeakMap<Core, { layout?: Layouts; gen: number }>();

function startLayout(cy: Core, options: LayoutOptions, gen: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const l = cy.layout(options);
    running.set(cy, { layout: l, gen });
    l.one("layoutstop", () => resolve());
    l.run();
  });
}

/** Run `options` on `cy`; resolves when positions are applied (or when a newer layout replaced it). */
export async function runLayout(cy: Core, options: LayoutOptions): Promise<void> {
  const count = cy.nodes().length;
  if (count === 0) return;
  const previous = running.get(cy);
  previous?.layout?.stop();
  cy.nodes().stop(true, false); // drop queued position animations of the previous layout
  cy.stop(true, false); // and its viewport (fit) animation
  const gen = (previous?.gen ?? 0) + 1;
  running.set(cy, { gen });
  if (count > WORKER_THRESHOLD && typeof Worker !== "undefined") {
    try {
      // Hold rendering while the worker runs: the frame of the not-yet-laid-out nodes is thrown
      // away anyway and at 20k elements cost seconds of main thread (npm run bench:explorer).
      cy.startBatch();
      let positions: Record<string, { x: number; y: number }>;
      try {
        positions = await layoutInWorker(skeleton(cy), options);
      } finally {
        if (!cy.destroyed()) cy.endBatch();
      }
      if (cy.destroyed() || running.get(cy)?.gen !== gen) return; // a newer layout took over
      await startLayout(
        cy,
        {
          name: "preset",
          positions: (n: { id(): string }) => positions[n.id()] ?? { x: 0, y: 0 },
          fit: true,
          padding: 30,
          animate: false,
        } as LayoutOptions,
        gen,
      );
      return;
    } catch {
      // fall through to the main thread: slower, but the picture still appears
    }
  }
  await startLayout(cy, options, gen);
}
