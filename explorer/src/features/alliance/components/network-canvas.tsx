/**
 * The alliance network canvas: mounted with data, fcose layout in the layout worker. A
 * tap on an organisation selects it (details panel); a tap on a community node hands its number
 * to `onOpenCommunity`. The `focus` node, once drawn and laid out, is selected and centred.
 */
import type { Core, ElementDefinition, EventObject } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import { actions } from "../../../lib/explorer-store";
import { forceLayout } from "../../../cytoscape/layouts";
import { runLayout } from "../../../cytoscape/run-layout";
import { syncElements } from "../../../cytoscape/sync-elements";
import { useCytoscape } from "../../../cytoscape/use-cytoscape";
import { networkStylesheet } from "../lib/network-style";

interface Props {
  elements: ElementDefinition[];
  focus?: string | undefined;
  onOpenCommunity?: (community: number) => void;
}

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
    const sameNodes = before.size > 0 && addedNodeIds.length === 0 && cy.nodes().length === before.size;
    if (sameNodes) {
      void layoutRun.current.then(done);
      return () => {
        live = false;
      };
    }
    const nodeCount = cy.nodes().length;
    // Closed communities only: a few dozen circles, each with a two-line label (chains, biggest
    // member) the worker's layout does not measure, so they get far more room than organisations.
    const onlyCommunities = nodeCount > 0 && cy.nodes(".community").length === nodeCount;
    // in the worker whatever the size: a force layout of 150 nodes blocked the page for
    // 0.3 s as the view opened (scripted run on the city package)
    const run: Promise<void> = runLayout(
      cy,
      {
        ...forceLayout({ nodeCount, incremental: false, animate: false }),
        idealEdgeLength: onlyCommunities ? 260 : 90,
        nodeRepulsion: onlyCommunities ? 60000 : 9000,
      } as never,
      { worker: true },
    ).then(
      () => {
        // a newer layout has started: its own fit comes later
        if (layoutRun.current === run && !cy.destroyed()) cy.fit(undefined, 20);
      },
      () => undefined,
    );
    layoutRun.current = run;
    void run.then(done);
    return () => {
      live = false;
    };
  }, [cy, elements]);
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
