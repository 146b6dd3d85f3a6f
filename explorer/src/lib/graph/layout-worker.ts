/**
 * Web worker that runs a force layout on a headless Cytoscape copy of the graph, so big layouts
 * (thousands of nodes) never block the page. Receives element skeletons (ids, ends, positions) and
 * layout options; answers with the positions.
 */
// Not ../cytoscape-setup: cytoscape-svg's UMD wrapper reads `window` at load and a worker has none
// (the worker died with "window is not defined" and every layout above WORKER_THRESHOLD hung).
import cytoscape, { type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

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
    const cy = cytoscape({ headless: true, styleEnabled: false, elements });
    const layout = cy.layout({ ...options, animate: false, fit: false } as LayoutOptions);
    layout.one("layoutstop", () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        const p = n.position();
        positions[n.id()] = { x: p.x, y: p.y };
      });
      cy.destroy();
      (self as unknown as Worker).postMessage({ id, positions } satisfies LayoutResponse);
    });
    layout.run();
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: String(e) } satisfies LayoutResponse);
  }
};
