/**
 * Bring a Cytoscape instance in line with a list of element definitions, keyed by id, in one
 * batch: remove what is gone, add what is new (placed near an existing neighbour when it has no
 * position), update data and classes of the rest. Returns the ids of added nodes so the caller can
 * lay out just those.
 */
import type { Core, ElementDefinition, NodeSingular } from "cytoscape";

export interface SyncResult {
  addedNodeIds: string[];
  removedCount: number;
}

export function syncElements(
  cy: Core,
  elements: readonly ElementDefinition[],
  /** Known positions for nodes being added (e.g. the store's, when the instance was re-created). */
  positions?: Readonly<Record<string, { x: number; y: number }>>,
): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const el of elements) if (el.data.id) wanted.set(el.data.id, el);
  const addedNodeIds: string[] = [];
  let removedCount = 0;
  cy.batch(() => {
    const stale = cy.elements().filter((el) => !wanted.has(el.id()));
    removedCount = stale.length;
    stale.remove();
    const toAdd: ElementDefinition[] = [];
    for (const [id, def] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        // Touch only what changed: every data/class write restyles the element, and a filter
        // change on a big canvas would otherwise restyle all of them.
        const data = existing.data() as Record<string, unknown>;
        const changed = Object.entries(def.data).some(([k, v]) => data[k] !== v);
        if (changed) existing.data(def.data);
        const classes = (def.classes as string[] | undefined) ?? [];
        const current = existing.classes() as unknown as string[];
        if (current.length !== classes.length || classes.some((c) => !existing.hasClass(c))) existing.classes(classes);
      } else {
        toAdd.push(def);
        if (def.group === "nodes") addedNodeIds.push(id);
      }
    }
    // Nodes before edges so edge ends exist; new nodes start at a neighbour's position.
    const nodes = toAdd.filter((d) => d.group === "nodes");
    const edges = toAdd.filter((d) => d.group === "edges");
    cy.add(nodes);
    cy.add(edges);
    // With nothing old to anchor to (a fresh canvas), positions come from `positions` or a layout.
    const added = new Set(addedNodeIds);
    const anchorable = added.size < cy.nodes().length;
    let seeded = 0;
    for (const id of addedNodeIds) {
      const def = wanted.get(id);
      if (def?.position) continue;
      const node = cy.getElementById(id) as NodeSingular;
      const known = positions?.[id];
      if (known) {
        node.position({ ...known });
        continue;
      }
      const anchor = anchorable
        ? node
            .neighborhood("node")
            .filter((n) => !added.has(n.id()))
            .first()
        : null;
      if (anchor?.nonempty()) {
        const p = (anchor as NodeSingular).position();
        node.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
      } else {
        // Spread on a sunflower spiral rather than leave every node at the origin: the frame drawn
        // while the layout worker runs drew thousands of zero-length edges there, each with a
        // console warning — a 6.5 s freeze at 20k elements (npm run bench:explorer).
        node.position(spiral(seeded++));
      }
    }
  });
  return { addedNodeIds, removedCount };
}

/** The i-th point of a sunflower (golden-angle) spiral, nodes about 60 px apart: an even, O(1) spread. */
export function spiral(i: number): { x: number; y: number } {
  const r = 35 * Math.sqrt(i);
  const a = i * 2.399963229728653;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}
