/**
 * The force layout on a headless Cytoscape copy of the graph: what layout-worker.ts runs off the
 * page. A fresh layout (randomize, no pinned nodes) of a graph with several connected components
 * lays out each component on its own and packs them into rows (pack-components.ts): fcose in draft
 * quality would put every component around the same centre. Components up to DRAFT_THRESHOLD
 * nodes get fcose's default quality (a force phase that spreads their nodes), bigger ones draft.
 * Layouts with pinned nodes are run on the whole graph as they are (the pins fix the picture).
 */
import cytoscape, { type Collection, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { DRAFT_THRESHOLD } from "./layouts";
import type { Box, Point } from "./apply-positions";
import { shelfPack } from "./pack-components";

cytoscape.use(fcose);

/** Half the room a node takes when packing: a 28 px node with its name below (about ten CJK characters at 11 px). */
const NODE_EXTENT_X = 60;
const NODE_EXTENT_Y = 24;
/** Space between packed components. */
const COMPONENT_GAP = 40;

function run(eles: Collection, options: LayoutOptions): void {
  // fcose without animation sets positions before run() returns
  eles.layout({ ...options, animate: false, fit: false } as LayoutOptions).run();
}

function boxOf(component: Collection): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  component.nodes().forEach((n) => {
    const p = n.position();
    box.x1 = Math.min(box.x1, p.x - NODE_EXTENT_X);
    box.y1 = Math.min(box.y1, p.y - NODE_EXTENT_Y);
    box.x2 = Math.max(box.x2, p.x + NODE_EXTENT_X);
    box.y2 = Math.max(box.y2, p.y + NODE_EXTENT_Y);
  });
  return box;
}

export function computeLayout(elements: ElementDefinition[], options: LayoutOptions): Record<string, Point> {
  // preset: keep the positions sent (incremental layouts start from them); Cytoscape's default
  // initial layout would put every node at the origin
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements,
    layout: { name: "preset", fit: false } as LayoutOptions,
  });
  try {
    const o = options as { randomize?: boolean; fixedNodeConstraint?: unknown[] };
    const fresh = o.randomize !== false && !(o.fixedNodeConstraint && o.fixedNodeConstraint.length > 0);
    const components = fresh ? cy.elements().components() : [];
    if (components.length <= 1) {
      run(cy.elements(), options);
    } else {
      for (const c of components) {
        const size = c.nodes().length;
        if (size === 1) c.nodes().positions(() => ({ x: 0, y: 0 }));
        else run(c, { ...options, quality: size > DRAFT_THRESHOLD ? "draft" : "default" } as unknown as LayoutOptions);
      }
      const offsets = shelfPack(components.map(boxOf), COMPONENT_GAP);
      components.forEach((c, i) => {
        const { dx, dy } = offsets[i]!;
        c.nodes().positions((n) => {
          const p = (n as unknown as { position(): Point }).position();
          return { x: p.x + dx, y: p.y + dy };
        });
      });
    }
    const positions: Record<string, Point> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
