/**
 * Web worker that runs a force layout (compute-layout.ts) on a headless Cytoscape copy of the
 * graph, so big layouts (thousands of nodes) never block the page. Receives element skeletons
 * (ids, ends, positions) and layout options; sends progress messages, then the positions. A layout
 * is cancelled by terminating the worker (run-layout.ts).
 */
// Only cytoscape + fcose (via compute-layout), not ../cytoscape-setup: cytoscape-svg's UMD wrapper
// reads `window` at load and a worker has none (the worker died with "window is not defined").
import type { ElementDefinition, LayoutOptions } from "cytoscape";
import { computeLayout } from "./compute-layout";
import type { JobProgress } from "./layout-job";

export interface LayoutRequest {
  id: number;
  elements: ElementDefinition[];
  options: LayoutOptions;
}

export interface LayoutResponse {
  id: number;
  /** Set on the progress messages sent before the answer. */
  progress?: JobProgress;
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const { id, elements, options } = ev.data;
  const post = (r: LayoutResponse) => (self as unknown as Worker).postMessage(r);
  let percent = -1;
  const onProgress = (progress: JobProgress) => {
    // one message per percent at most (1,200 isolated nodes are 1,200 steps)
    const now = Math.floor((100 * progress.done) / Math.max(1, progress.total));
    if (now !== percent) post({ id, progress });
    percent = now;
  };
  try {
    post({ id, positions: computeLayout(elements, options, onProgress) });
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e) } satisfies LayoutResponse);
  }
};
