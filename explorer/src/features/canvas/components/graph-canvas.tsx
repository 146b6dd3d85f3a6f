/**
 * The explore canvas: one Cytoscape instance (useCytoscape) kept in line with the store's canvas
 * state. Mapping lives in canvas-model/, styles and layouts in cytoscape/; this component only wires events:
 * tap selects (Shift adds), double-tap expands, right-click opens the context menu, dragging and
 * layouts record positions for the URL.
 */
import type { EventObject, NodeSingular } from "cytoscape";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNetworkMeasures } from "../../../lib/api/network-measures";
import { actions, explorerStore, useCanvas, useExplorer } from "../../../lib/explorer-store";
import { readPositions } from "../../../cytoscape/apply-positions";
import { toElements } from "../../../canvas-model/element-mapping";
import { labelNodesInView } from "../../../cytoscape/labels-in-view";
import { LABELLED_NODE_LIMIT, buildStylesheet, labelsFor } from "../../../cytoscape/stylesheet";
import { useCytoscape } from "../../../cytoscape/use-cytoscape";
import { clearExpandNote, useExpand } from "../hooks/use-expand";
import { usePlaceElements } from "../hooks/use-place-elements";
import { ContextMenu, type MenuTarget } from "./context-menu";
import { ExpandNoteLine } from "./expand-note";
import { LayoutStatus } from "./layout-status";

export function GraphCanvas() {
  const { t } = useTranslation();
  const canvas = useCanvas();
  const filters = useExplorer((s) => s.filters);
  const measure = useExplorer((s) => s.measure);
  const edgeLabels = useExplorer((s) => s.edgeLabels);
  const webgl = useExplorer((s) => s.webgl);
  const layout = useExplorer((s) => s.layout);
  const selection = useExplorer((s) => s.selection);
  const pathIds = useExplorer((s) => s.pathIds);
  const nodeLabels = labelsFor(Object.keys(canvas.nodes).length);
  const style = useMemo(() => buildStylesheet({ edgeLabels, nodeLabels }), [edgeLabels, nodeLabels]);
  const { containerRef, cy } = useCytoscape({
    style,
    webgl,
    exposeAs: "main",
    // a renderer switch re-creates the instance: keep the picture even mid-layout
    // (merged: mid-placement the old instance holds only the nodes streamed in so far)
    onBeforeDestroy: (old) => actions.setPositions({ ...explorerStore.getState().positions, ...readPositions(old) }),
  });
  const { expand, busy, error: expandError, note } = useExpand();
  const [menu, setMenu] = useState<MenuTarget | null>(null);

  const external = useNetworkMeasures(measure === "betweenness" || measure === "community");
  const elements = useMemo(
    () =>
      toElements(canvas, {
        filters,
        measure,
        external,
        relLabel: (r) => t(`rels.${r}`, { defaultValue: r }),
      }),
    [canvas, filters, measure, external, t],
  );

  // Elements → Cytoscape, laid out when asked for or when a fresh canvas needs it.
  const { job, placed } = usePlaceElements(cy, elements, layout);

  // What an expand did stays on screen a few seconds.
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(clearExpandNote, 6000);
    return () => clearTimeout(timer);
  }, [note]);

  // Big canvases name only the nodes that matter at the current zoom.
  useEffect(() => {
    if (!cy || nodeLabels) return;
    return labelNodesInView(cy);
  }, [cy, nodeLabels]);

  // Store selection → canvas selection.
  useEffect(() => {
    if (!cy) return;
    const want = new Set(selection);
    cy.batch(() => {
      cy.nodes(":selected").forEach((n) => {
        if (!want.has(n.id())) n.unselect();
      });
      for (const id of selection) cy.getElementById(id).select();
    });
  }, [cy, selection, elements, placed]);

  // Highlighted shortest path.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".path").removeClass("path");
      for (const id of pathIds) cy.getElementById(id).addClass("path");
    });
  }, [cy, pathIds, elements, placed]);

  // Canvas events → store and menus.
  useEffect(() => {
    if (!cy) return;
    // Cytoscape fires dbltap for two quick taps on DIFFERENT targets too (Shift-selecting two
    // nodes for a path); expand only when both taps hit the same node.
    const taps: string[] = [];
    const onTap = (ev: EventObject) => {
      const node = ev.target as NodeSingular;
      taps.push(node.id());
      if (taps.length > 2) taps.shift();
      const additive = (ev.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      const current = explorerStore.getState().selection.filter((id) => id !== node.id());
      actions.select(additive ? [...current, node.id()] : [node.id()]);
      setMenu(null);
    };
    const onBackground = (ev: EventObject) => {
      if (ev.target === cy) {
        taps.length = 0;
        actions.select([]);
        setMenu(null);
      }
    };
    const onDoubleTap = (ev: EventObject) => {
      const id = (ev.target as NodeSingular).id();
      if (taps.length === 2 && taps[0] === id && taps[1] === id) void expand(id);
    };
    const onContext = (ev: EventObject) => {
      const node = ev.target as NodeSingular;
      actions.select([node.id()]);
      setMenu({ id: node.id(), x: ev.renderedPosition.x, y: ev.renderedPosition.y });
    };
    const onMoved = () => actions.setPositions(readPositions(cy));
    const onEdgeTap = (ev: EventObject) => {
      actions.select([]);
      actions.selectEdge(ev.target.id() as string);
      setMenu(null);
    };
    cy.on("tap", "node", onTap);
    cy.on("tap", onBackground);
    cy.on("dbltap", "node", onDoubleTap);
    cy.on("cxttap", "node", onContext);
    cy.on("dragfree", "node", onMoved);
    cy.on("tap", "edge", onEdgeTap);
    return () => {
      cy.off("tap", "edge", onEdgeTap);
      cy.off("tap", "node", onTap);
      cy.off("tap", onBackground);
      cy.off("dbltap", "node", onDoubleTap);
      cy.off("cxttap", "node", onContext);
      cy.off("dragfree", "node", onMoved);
    };
  }, [cy, expand]);

  // Keyboard on the focused canvas: Tab/Shift+Tab… are for the page, so node actions use letters.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const id = selection[selection.length - 1];
    if (e.key === "Escape") {
      setMenu(null);
      actions.select([]);
      return;
    }
    if (!cy) return;
    const ids = cy.nodes().map((n) => n.id());
    if (e.key === "n" || e.key === "N") {
      // next/previous node in name order, so every node is reachable without a mouse
      const names = [...ids].sort((a, b) =>
        String(cy.getElementById(a).data("name")).localeCompare(String(cy.getElementById(b).data("name")), "zh"),
      );
      const i = id ? names.indexOf(id) : -1;
      const next = names[(i + (e.shiftKey ? names.length - 1 : 1)) % names.length];
      if (next) {
        actions.select([next]);
        cy.center(cy.getElementById(next));
      }
      return;
    }
    if (!id) return;
    if (e.key === "Enter" || e.key === "e") void expand(id);
    else if (e.key === "Delete" || e.key === "Backspace") actions.removeNodes(selection);
    else if (e.key === "h") actions.hide(selection);
    else if (e.key === "p") actions.setPinned(id, !canvas.pinned.includes(id));
    else if (e.key === "c") actions.collapse(id);
    else if (e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) {
      const p = (cy.getElementById(id) as NodeSingular).renderedPosition();
      setMenu({ id, x: p.x, y: p.y });
    } else return;
    e.preventDefault();
  };

  const empty = Object.keys(canvas.nodes).length === 0;
  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      <div
        ref={containerRef}
        className="graph-canvas__cy"
        role="application"
        tabIndex={0}
        aria-label={`${t("canvas.nodes", { count: Object.keys(canvas.nodes).length })}. ${t("canvas.keys")}`}
        onKeyDown={onKey}
        data-testid="canvas"
      />
      {empty && (
        <div className="graph-canvas__empty" data-testid="canvas-empty">
          <h2>{t("canvas.emptyTitle")}</h2>
          <p>{t("canvas.emptyHint")}</p>
        </div>
      )}
      <div className="graph-canvas__status">
        {job && <LayoutStatus job={job} />}
        {note && !busy && <ExpandNoteLine note={note} />}
        {busy && (
          <div className="graph-canvas__busy" role="status">
            {t("canvas.expanding")}
          </div>
        )}
        {expandError && (
          <div className="graph-canvas__busy error-box" role="alert">
            {t("status.error")}: {expandError}
          </div>
        )}
      </div>
      {!nodeLabels && !empty && (
        <div className="graph-canvas__hint" data-testid="canvas-names-hint">
          {t("canvas.namesOnZoom", { count: LABELLED_NODE_LIMIT })}
        </div>
      )}
      {menu && <ContextMenu target={menu} onClose={() => setMenu(null)} onExpand={expand} />}
    </div>
  );
}
