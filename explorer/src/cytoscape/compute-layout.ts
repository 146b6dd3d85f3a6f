/**
 * The layout that layout-worker.ts runs off the page. A fresh layout (randomize, no pinned nodes)
 * finds the connected components (union–find on the element skeleton: building a headless
 * Cytoscape of 5,000 nodes to ask it doubled the time), lays out each on its own and packs them
 * into rows (pack-components.ts): fcose in draft quality would put every component around the same
 * centre. Components of COMMUNITY_MIN to
 * COMMUNITY_MAX nodes get the community layout (communities apart, no two nodes on top of each
 * other); smaller ones fcose's default quality, bigger ones fcose's draft.
 * Layouts with pinned nodes, or from the current positions, run fcose on a headless Cytoscape copy
 * of the whole graph as it is (the pins fix the picture).
 */
import cytoscape, { type Collection, type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { DRAFT_THRESHOLD } from "./layouts";
import type { Box, Point } from "./fit-viewport";
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

function boxOf(ids: readonly string[], at: Readonly<Record<string, Point>>): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const id of ids) {
    const p = at[id]!;
    box.x1 = Math.min(box.x1, p.x - NODE_EXTENT_X);
    box.y1 = Math.min(box.y1, p.y - NODE_EXTENT_Y);
    box.x2 = Math.max(box.x2, p.x + NODE_EXTENT_X);
    box.y2 = Math.max(box.y2, p.y + NODE_EXTENT_Y);
  }
  return box;
}

interface Component {
  ids: string[];
  edges: { id: string; source: string; target: string }[];
}

/** Connected components of the element skeleton (union–find: no Cytoscape needed for a fresh layout). */
export function componentsOf(elements: readonly ElementDefinition[]): Component[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; parent.get(y) !== r;) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const edges: Component["edges"] = [];
  for (const el of elements) if (el.group !== "edges") parent.set(String(el.data.id), String(el.data.id));
  for (const el of elements) {
    if (el.group !== "edges") continue;
    const source = String(el.data.source);
    const target = String(el.data.target);
    if (!parent.has(source) || !parent.has(target)) continue;
    edges.push({ id: String(el.data.id), source, target });
    const a = find(source);
    const b = find(target);
    if (a !== b) parent.set(a, b);
  }
  const byRoot = new Map<string, Component>();
  for (const id of parent.keys()) {
    const root = find(id);
    const c = byRoot.get(root) ?? { ids: [], edges: [] };
    c.ids.push(id);
    byRoot.set(root, c);
  }
  for (const e of edges) byRoot.get(find(e.source))!.edges.push(e);
  return [...byRoot.values()].sort((a, b) => b.ids.length - a.ids.length);
}

/** Lay out one component afresh: the community layout for the mid-sized, fcose otherwise. */
function layoutComponent(
  c: Component,
  options: LayoutOptions,
  onProgress: (p: JobProgress) => void,
): Record<string, Point> {
  const size = c.ids.length;
  if (size === 1) return { [c.ids[0]!]: { x: 0, y: 0 } };
  if (size >= COMMUNITY_MIN && size <= COMMUNITY_MAX) {
    const laid = communityLayout(c.ids, c.edges, {}, onProgress);
    if (laid) return laid.positions;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...c.ids.map((id) => ({ group: "nodes" as const, data: { id } })),
      ...c.edges.map((e) => ({ group: "edges" as const, data: e })),
    ],
    layout: { name: "preset", fit: false } as LayoutOptions,
  });
  try {
    run(cy.elements(), {
      ...options,
      quality: size > DRAFT_THRESHOLD ? "draft" : "default",
    } as unknown as LayoutOptions);
    const out: Record<string, Point> = {};
    cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  } finally {
    cy.destroy();
  }
}

export function computeLayout(
  elements: ElementDefinition[],
  options: LayoutOptions,
  onProgress: (p: JobProgress) => void = () => {},
): Record<string, Point> {
  const o = options as { randomize?: boolean; fixedNodeConstraint?: unknown[] };
  const fresh = o.randomize !== false && !(o.fixedNodeConstraint && o.fixedNodeConstraint.length > 0);
  if (!fresh) return layoutAsIs(elements, options);
  const components = componentsOf(elements);
  // progress: one step per node laid out, so big components weigh as much as they take
  const total = components.reduce((a, c) => a + c.ids.length, 0);
  let done = 0;
  const positions: Record<string, Point> = {};
  const laid = components.map((c) => {
    const size = c.ids.length;
    const at = layoutComponent(c, options, (p) =>
      onProgress({ done: done + Math.round((size * p.done) / p.total), total, phase: p.phase }),
    );
    done += size;
    onProgress({ done, total, phase: "components" });
    return at;
  });
  const offsets = shelfPack(
    components.map((c, i) => boxOf(c.ids, laid[i]!)),
    COMPONENT_GAP,
  );
  components.forEach((c, i) => {
    const { dx, dy } = offsets[i]!;
    for (const id of c.ids) {
      const p = laid[i]![id]!;
      positions[id] = { x: p.x + dx, y: p.y + dy };
    }
  });
  return positions;
}

/** A layout from the current positions (incremental) or with pinned nodes: fcose on the whole graph as it is. */
function layoutAsIs(elements: ElementDefinition[], options: LayoutOptions): Record<string, Point> {
  // preset: keep the positions sent (incremental layouts start from them); Cytoscape's default
  // initial layout would put every node at the origin
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements,
    layout: { name: "preset", fit: false } as LayoutOptions,
  });
  try {
    run(cy.elements(), options);
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
