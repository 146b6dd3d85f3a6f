/**
 * Cytoscape with its extensions, registered exactly once for the whole app (cytoscape throws or
 * warns when an extension is registered twice). Import `cytoscape` from here, never directly.
 *
 * - fcose: the default force layout (draft quality above ~1k nodes, see layouts.ts);
 * - dagre: small hierarchical views such as a result's journey;
 * - svg: `cy.svg()` for SVG export.
 */
import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";

let registered = false;

/** Register the extensions (idempotent) and return the cytoscape factory. */
export function setupCytoscape(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    cytoscape.use(svg);
    registered = true;
  }
  return cytoscape;
}

export default setupCytoscape();
