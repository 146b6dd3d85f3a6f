/**
 * Web worker that runs a force layout (compute-layout.ts) on a headless Cytoscape copy of the
 * graph, so big layouts (thousands of nodes) never block the page. Receives element skeletons
 * (ids, ends, positions) and layout options; answers with the positions.
 */
// Only cytoscape + fcose (via compute-layout), not ../cytoscape-setup: cytoscape-svg's UMD wrapper
// reads `window` at load and a worker has none (the worker died with "window is not defined").
import type { ElementDefinition, LayoutOptions } from "cytoscape";
import { computeLayout } from "./compute-layout";

export interface LayoutRequest {
  id: number;
  elements: ElementDefinition[];
  options: LayoutOptions;
}

export interface LayoutResponse {
  id: number;
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}

self.onmessage = (ev: MessageEvent<LayoutRequest>) => {
  const { id, elements, options } = ev.data;
  try {
    (self as unknown as Worker).postMessage({
      id,
      positions: computeLayout(elements, options),
    } satisfies LayoutResponse);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e) } satisfies LayoutResponse);
  }
};
