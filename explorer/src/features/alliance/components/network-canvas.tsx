/** The alliance network canvas: mounted with data, fcose draft layout (worker for big graphs). */
import type { ElementDefinition, EventObject } from "cytoscape";
import { useEffect, useMemo } from "react";
import { actions } from "../../../lib/explorer-store";
import { forceLayout } from "../../../cytoscape/layouts";
import { runLayout } from "../../../cytoscape/run-layout";
import { useCytoscape } from "../../../cytoscape/use-cytoscape";
import { networkStylesheet } from "../lib/network-style";

export function NetworkCanvas({ elements, focus }: { elements: ElementDefinition[]; focus?: string | undefined }) {
  const style = useMemo(() => networkStylesheet(), []);
  const { containerRef, cy } = useCytoscape({ style, exposeAs: "alliance", options: { boxSelectionEnabled: false } });
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    const nodeCount = cy.nodes().length;
    void runLayout(cy, {
      ...forceLayout({ nodeCount, incremental: false, animate: false }),
      idealEdgeLength: 90,
      nodeRepulsion: 9000,
    } as never).then(() => {
      if (!cy.destroyed()) cy.fit(undefined, 20);
    });
    const onTap = (ev: EventObject) => actions.select([ev.target.id() as string]);
    cy.on("tap", "node", onTap);
    return () => {
      cy.off("tap", "node", onTap);
    };
  }, [cy, elements]);
  useEffect(() => {
    if (!cy || !focus) return;
    const n = cy.getElementById(focus);
    if (n.nonempty()) {
      cy.nodes().unselect();
      n.select();
    }
  }, [cy, focus]);
  return (
    <div className="cy-area">
      <div ref={containerRef} className="cy-area__cy" data-testid="alliance-canvas" />
    </div>
  );
}
