/**
 * The alliance network canvas: mounted with data. Closed communities alone are placed in rows,
 * biggest first, each with the room its label takes (community-placement.ts); with organisations
 * drawn, fcose lays them out in the layout worker. A tap on an organisation selects it (details
 * panel); a tap on a community node hands its number to `onOpenCommunity`. The `focus` node, once
 * drawn and laid out, is selected and centred.
 */
import type { Core, ElementDefinition, EventObject, LayoutOptions, NodeSingular } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import { actions } from "../../../lib/explorer-store";
import { chunked } from "../../../cytoscape/apply-positions";
import { forceLayout } from "../../../cytoscape/layouts";
import { runLayout } from "../../../cytoscape/run-layout";
import { syncElements } from "../../../cytoscape/sync-elements";
import { useCytoscape } from "../../../cytoscape/use-cytoscape";
import { rowPlacement, type NodeToPlace } from "../lib/community-placement";
import { IN_ROWS, networkStylesheet } from "../lib/network-style";

/** Room around the picture when it is fitted to the canvas. */
const FIT_PADDING = 20;

interface Props {
  elements: ElementDefinition[];
  focus?: string | undefined;
  onOpenCommunity?: (community: number) => void;
}

/** A node's circle and its label's box (relative to its position) as Cytoscape draws them. */
function measured(n: NodeSingular): NodeToPlace {
  const p = n.position();
  const b = n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false, includeOverlays: false });
  const label = b.w > 0 && b.h > 0 ? { x1: b.x1 - p.x, y1: b.y1 - p.y, x2: b.x2 - p.x, y2: b.y2 - p.y } : null;
  return { id: n.id(), width: n.width(), height: n.height(), label };
}

/** The nodes in the order their rows take them: most members first. */
const biggestFirst = (cy: Core): NodeSingular[] =>
  cy
    .nodes()
    .toArray()
    .sort(
      (a, b) => Number(b.data("members")) - Number(a.data("members")) || a.id().localeCompare(b.id()),
    ) as NodeSingular[];

/** Rows for the measured nodes on this canvas: a preset layout, and the zoom that fits it. */
function rowsLayout(cy: Core, nodes: readonly NodeToPlace[]): { layout: LayoutOptions; zoom: number } {
  const { positions, zoom } = rowPlacement(nodes, { width: cy.width(), height: cy.height(), padding: FIT_PADDING });
  return { layout: { name: "preset", positions, fit: false, animate: false } as LayoutOptions, zoom };
}

/**
 * Fit the rows: their picture is centred on the origin and `zoom` fits it (cy.fit would measure
 * every element again, the ties included). Cytoscape ignores a zoom outside its limits.
 */
function fitRows(cy: Core, zoom: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
  cy.viewport({ zoom: level, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
}

const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
/** Elements styled, and nodes measured, per task while the rows are prepared. */
const STYLE_CHUNK = 100;
const MEASURE_CHUNK = 10;

/**
 * The closed communities in rows, biggest first, so that no label covers another label or circle
 * and the labels are as big as the canvas allows. On the main thread, split into tasks: the first
 * style pass of the view's elements and the measure of the labels took ~45 ms each at city scale
 * (25 communities, 176 ties) and, in one task with the rest, blocked the page for 140–160 ms.
 * Resolves false when `current()` turned false on the way (a newer drawing took over).
 */
async function placeInRows(cy: Core, current: () => boolean): Promise<boolean> {
  // no frame of the nodes where they were added: it would be thrown away (and cost a frame)
  cy.startBatch();
  try {
    for (const part of chunked(cy.elements().toArray(), STYLE_CHUNK)) {
      await nextTask();
      if (!current()) return false;
      for (const el of part) el.style("display");
    }
    const nodes: NodeToPlace[] = [];
    for (const part of chunked(biggestFirst(cy), MEASURE_CHUNK)) {
      await nextTask();
      if (!current()) return false;
      nodes.push(...part.map(measured));
    }
    await nextTask();
    if (!current()) return false;
    const { layout, zoom } = rowsLayout(cy, nodes);
    await runLayout(cy, layout, { mainThread: true });
    if (!current()) return false;
    fitRows(cy, zoom);
    return true;
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

/** The viewport: zoom and pan. */
const viewOf = (cy: Core) => ({ zoom: cy.zoom(), ...cy.pan() });

/** Select and centre a node, zooming in enough to read its neighbourhood. */
function centreOn(cy: Core, id: string): boolean {
  const n = cy.getElementById(id);
  if (n.empty()) return false;
  cy.nodes().unselect();
  n.select();
  cy.zoom({ level: Math.max(cy.zoom(), 1), position: n.position() });
  cy.center(n);
  return true;
}

export function NetworkCanvas({ elements, focus, onOpenCommunity }: Props) {
  const style = useMemo(() => networkStylesheet(), []);
  const { containerRef, cy } = useCytoscape({ style, exposeAs: "alliance", options: { boxSelectionEnabled: false } });
  const [laidOut, setLaidOut] = useState<ElementDefinition[] | null>(null);
  // The layout last started: a later update that keeps the same nodes waits for it.
  const layoutRun = useRef<Promise<void>>(Promise.resolve());
  // The viewport the rows of communities were last fitted at (null: not in rows, or not yet).
  const rowsView = useRef<ReturnType<typeof viewOf> | null>(null);
  useEffect(() => {
    if (!cy) return;
    let live = true;
    const done = () => {
      if (live && !cy.destroyed()) setLaidOut(elements);
    };
    // Marks that arrive later (alliance members, gap chains) change only data and classes: update
    // those in place and keep the drawing, its positions and the selection. Redrawing everything
    // here once cleared the selection the key-actors table had just made (fresh-clone e2e run).
    const before = new Set(cy.nodes().map((n) => n.id()));
    const { addedNodeIds } = syncElements(cy, elements);
    const nodeCount = cy.nodes().length;
    // Closed communities only: a few dozen circles, each with a two-line label, placed in rows
    // with their labels beside them (the sync above resets classes: set it again each time).
    const onlyCommunities = nodeCount > 0 && cy.nodes(".community").length === nodeCount;
    cy.nodes(".community").toggleClass(IN_ROWS, onlyCommunities);
    const sameNodes = before.size > 0 && addedNodeIds.length === 0 && nodeCount === before.size;
    if (sameNodes) {
      void layoutRun.current.then(done);
      return () => {
        live = false;
      };
    }
    rowsView.current = null;
    const current = () => layoutRun.current === run && !cy.destroyed();
    // Organisations: fcose in the worker whatever the size (a force layout of 150 nodes blocked
    // the page for 0.3 s as the view opened, scripted run on the city package). Closed
    // communities alone: rows (fcose kept their circles apart but not their labels, which covered
    // each other in the centre at city scale; with the labels counted it still did in the centre,
    // and blocked the page for 0.4 s).
    const run: Promise<void> = onlyCommunities
      ? placeInRows(cy, current).then(
          (placed) => {
            if (placed && current()) rowsView.current = viewOf(cy);
          },
          () => undefined,
        )
      : runLayout(
          cy,
          { ...forceLayout({ nodeCount, incremental: false, animate: false }), idealEdgeLength: 90 } as never,
          { worker: true },
        ).then(
          () => {
            // a newer layout has started: its own fit comes later
            if (current()) cy.fit(undefined, FIT_PADDING);
          },
          () => undefined,
        );
    layoutRun.current = run;
    void run.then(done);
    return () => {
      live = false;
    };
  }, [cy, elements]);
  // The canvas changes size as the view fills in (the key-actor table below it takes its height
  // after the drawing) and with the window: rows placed for the old size ran off the canvas. Place
  // them again for the new size, unless the planner has zoomed or panned since.
  useEffect(() => {
    if (!cy) return;
    const onResize = () => {
      const placed = rowsView.current;
      if (!placed || cy.destroyed()) return;
      const now = viewOf(cy);
      if (now.zoom !== placed.zoom || now.x !== placed.x || now.y !== placed.y) return;
      // measured before: the boxes come from Cytoscape's caches
      const { layout, zoom } = rowsLayout(cy, biggestFirst(cy).map(measured));
      cy.layout(layout).run();
      fitRows(cy, zoom);
      rowsView.current = viewOf(cy);
    };
    cy.on("resize", onResize);
    return () => {
      cy.off("resize", onResize);
    };
  }, [cy]);
  useEffect(() => {
    if (!cy) return;
    const onTap = (ev: EventObject) => {
      const community = ev.target.data("members") === undefined ? undefined : (ev.target.data("community") as number);
      if (community !== undefined) onOpenCommunity?.(community);
      else actions.select([ev.target.id() as string]);
    };
    cy.on("tap", "node", onTap);
    return () => {
      cy.off("tap", "node", onTap);
    };
  }, [cy, onOpenCommunity]);
  useEffect(() => {
    if (cy && focus && laidOut === elements) centreOn(cy, focus);
  }, [cy, focus, laidOut, elements]);
  return (
    <div className="cy-area">
      <div
        ref={containerRef}
        className="cy-area__cy"
        data-testid="alliance-canvas"
        data-laid-out={laidOut === elements ? "true" : "false"}
      />
    </div>
  );
}
