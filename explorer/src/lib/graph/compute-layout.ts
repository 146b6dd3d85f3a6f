/**
 * The force layout on a headless Cytoscape copy of the graph: what layout-worker.ts runs off the
 * page. A fresh layout (randomize, no pinned nodes) of a graph with several connected components
 * lays out each component on its own and packs them into rows (pack-components.ts): fcose in draft
 * quality would put every component around the same centre. Components of COMMUNITY_MIN to
 * COMMUNITY_MAX nodes get the community layout (communities apart, no two nodes on top of each
 * other); smaller ones fcose's default quality, bigger ones fcose's draft.
 * Layouts with pinned nodes are run on the whole graph as they are (the pins fix the picture).
 */
import cytoscape, { type Collection, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { DRAFT_THRESHOLD } from "./layouts";
import type { Box, Point } from "./apply-positions";
import { communityLayout } from "./community-layout";
import type { JobProgress } from "./layout-job";
import { shelfPack } from "./pack-components";

/**
 * Components of this many nodes or more, laid out afresh, get the community layout
 * (community-layout.ts): Louvain communities apart, each drawn as a disc. Up to COMMUNITY_MAX
 * nodes: above, its per-community force layouts took 8 s at 8,000 nodes on a 2-core machine, where
 * fcose in draft quality takes 4 s.
 */
export const COMMUNITY_MIN = 150;
export const COMMUNITY_MAX = 5000;

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

/** Lay out one component afresh: the community layout for the mid-sized, fcose otherwise. */
function layoutComponent(c: Collection, options: LayoutOptions, onProgress: (p: JobProgress) => void): void {
  const size = c.nodes().length;
  if (size === 1) {
    c.nodes().positions(() => ({ x: 0, y: 0 }));
    return;
  }
  if (size >= COMMUNITY_MIN && size <= COMMUNITY_MAX) {
    const ids = c.nodes().map((n) => n.id());
    const edges = c.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    const laid = communityLayout(ids, edges, {}, onProgress);
    if (laid) {
      c.nodes().positions((n) => laid.positions[(n as unknown as { id(): string }).id()] ?? { x: 0, y: 0 });
      return;
    }
  }
  run(c, { ...options, quality: size > DRAFT_THRESHOLD ? "draft" : "default" } as unknown as LayoutOptions);
}

export function computeLayout(
  elements: ElementDefinition[],
  options: LayoutOptions,
  onProgress: (p: JobProgress) => void = () => {},
): Record<string, Point> {
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
    if (components.length === 0) {
      run(cy.elements(), options);
    } else {
      // progress: one step per node laid out, so big components weigh as much as they take
      const total = cy.nodes().length;
      let done = 0;
      for (const c of components) {
        const size = c.nodes().length;
        layoutComponent(c, options, (p) =>
          onProgress({ done: done + Math.round((size * p.done) / p.total), total, phase: p.phase }),
        );
        done += size;
        onProgress({ done, total, phase: "components" });
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
