/**
 * Keeps the canvas's Cytoscape instance in line with its elements: syncs them, runs the layout the
 * planner asked for (expand, search, re-layout), and puts a fresh canvas on screen with placeFresh —
 * laid out first and, when big, streamed in a chunk per frame (cytoscape/place-fresh.ts). Returns how
 * many nodes are being placed (for a status) and a counter that moves when a placement completes,
 * so effects that decorate nodes (selection, path) run again once the nodes exist. Every layout runs
 * as a LayoutJob (cytoscape/layout-job.ts) that the canvas shows (progress) and can cancel: a
 * cancelled re-layout leaves the nodes where they are, a cancelled placement puts them in a grid.
 */
import type { Core, ElementDefinition, NodeSingular } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { actions, explorerStore } from "../../../lib/explorer-store";
import { readPositions } from "../../../cytoscape/apply-positions";
import type { Point } from "../../../cytoscape/fit-viewport";
import { DRAFT_THRESHOLD, WORKER_THRESHOLD, forceLayout } from "../../../cytoscape/layouts";
import { LayoutJob } from "../../../cytoscape/layout-job";
import { layoutInWorker, runLayout } from "../../../cytoscape/run-layout";
import { placeFresh } from "../../../cytoscape/place-fresh";
import { syncElements } from "../../../cytoscape/sync-elements";

/** Fitting one or two nodes would zoom to the maximum; keep a readable scale instead. */
const MAX_FIT_ZOOM = 1.5;
function limitZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Store the laid-out positions (for the URL and restores) after a layout or placement. */
function settle(cy: Core): void {
  limitZoom(cy);
  actions.setPositions(readPositions(cy));
}

/** fcose's fixed-node constraints for the pinned nodes that have a position. */
function pinnedAt(ids: Iterable<string>, at: (id: string) => Point | undefined) {
  const out: { nodeId: string; position: Point }[] = [];
  for (const id of ids) {
    const p = at(id);
    if (p) out.push({ nodeId: id, position: { ...p } });
  }
  return out;
}

/** Which nodes and edges there are, regardless of their data and classes. */
function topologyKey(elements: readonly ElementDefinition[]): string {
  return elements.map((el) => el.data.id ?? "").join("\n");
}

export function usePlaceElements(
  cy: Core | null,
  elements: ElementDefinition[],
  layout: { seq: number; incremental: boolean },
): { job: LayoutJob | null; placed: number } {
  const lastLayout = useRef(-1);
  const seqRef = useRef(0);
  /** The placement in flight: on which instance, for which nodes and edges. */
  const inFlight = useRef<{ cy: Core; key: string } | null>(null);
  const latest = useRef(elements);
  const [job, setJob] = useState<LayoutJob | null>(null);
  const [placed, setPlaced] = useState(0);

  useEffect(() => {
    if (!cy) return;
    latest.current = elements;
    const requested = layout.seq !== lastLayout.current;
    // A placement in flight for the same nodes and edges carries on: a change of data or classes
    // only (a filter, a measure arriving) is applied when it ends. Restarting would throw the
    // worker's layout away, or add the rest of a big graph in one long block.
    const flight = inFlight.current;
    if (flight && flight.cy === cy && !cy.destroyed() && !requested && flight.key === topologyKey(elements)) return;
    const seq = ++seqRef.current;
    inFlight.current = null;
    lastLayout.current = layout.seq;
    const { positions: known, history } = explorerStore.getState();
    const pinned = history.present.pinned;
    const nodeDefs = elements.filter((el) => el.group === "nodes");
    const allKnown = nodeDefs.every((el) => known[el.data.id ?? ""] !== undefined);

    if (cy.elements().empty() && nodeDefs.length > 0 && (!allKnown || nodeDefs.length > WORKER_THRESHOLD)) {
      // A fresh canvas (a search, a restored link, a renderer switch): lay out unless every node
      // has a position and no layout was asked for, then put the elements on the canvas.
      const isCurrent = () => seqRef.current === seq;
      const options = forceLayout({
        nodeCount: nodeDefs.length,
        incremental: false,
        fixed: pinnedAt(pinned, (id) => known[id]),
      });
      inFlight.current = { cy, key: topologyKey(elements) };
      let outcome = "superseded" as Awaited<ReturnType<typeof placeFresh>>;
      const placement = new LayoutJob(nodeDefs.length, async (j) => {
        outcome = await placeFresh(cy, elements, options, {
          isCurrent,
          positions: allKnown && !requested ? known : undefined,
          layoutBig: (skeleton, o) => layoutInWorker(skeleton, o, j),
          onPositions: (positions) => actions.setPositions({ ...explorerStore.getState().positions, ...positions }),
        });
      });
      setJob(nodeDefs.length > WORKER_THRESHOLD ? placement : null);
      void placement.run().then(() => {
        const current = isCurrent();
        if (current) {
          inFlight.current = null;
          setJob(null);
        }
        // "done" also after a newer sync took over a small placement mid-animation: the positions
        // are final, and that sync ran no layout of its own to store them
        if (outcome !== "done" || cy.destroyed()) return;
        if (current && latest.current !== elements) {
          syncElements(cy, latest.current, explorerStore.getState().positions);
        }
        settle(cy);
        if (current) setPlaced((n) => n + 1);
      });
      return;
    }

    setJob(null);
    const { addedNodeIds } = syncElements(cy, elements, known);
    const fresh = addedNodeIds.length > 0 && addedNodeIds.length === cy.nodes().length;
    if (requested && layout.incremental && cy.nodes().length > DRAFT_THRESHOLD) {
      // An expand on a big canvas: an incremental force layout of thousands of nodes takes minutes
      // here (fcose needs its default quality to start from positions), so the new nodes stay
      // where syncElements put them, next to the node they were expanded from.
      settle(cy);
    } else if (requested && cy.nodes().length > 0) {
      const fixed = pinnedAt(pinned, (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() ? (n as NodeSingular).position() : undefined;
      });
      const options = forceLayout({ nodeCount: cy.nodes().length, incremental: layout.incremental, fixed });
      const relayout = new LayoutJob(cy.nodes().length, (j) => runLayout(cy, options, { job: j }));
      setJob(relayout);
      void relayout.run().then(() => {
        if (seqRef.current === seq) setJob(null);
        // done or cancelled: either way the positions on the canvas are the ones to keep
        if (!cy.destroyed()) settle(cy);
      });
    } else if (fresh) {
      cy.fit(undefined, 30); // restored with positions: just frame it
      settle(cy);
    }
  }, [cy, elements, layout]);

  return { job, placed };
}
