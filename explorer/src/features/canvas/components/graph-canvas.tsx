/**
 * The explore canvas: one Cytoscape instance (useCytoscape) kept in line with the store's canvas
 * state. Mapping, styles and layouts live in lib/graph; this component only wires events:
 * tap selects (Shift adds), double-tap expands, right-click opens the context menu, dragging and
 * layouts record positions for the URL.
 */
import type { Core, EventObject, NodeSingular } from "cytoscape";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNetworkMeasures } from "../../../lib/api/network-measures";
import { actions, explorerStore, useCanvas, useExplorer } from "../../../lib/explorer-store";
import { toElements } from "../../../lib/graph/element-mapping";
import { labelNodesInView } from "../../../lib/graph/labels-in-view";
import { WORKER_THRESHOLD, forceLayout } from "../../../lib/graph/layouts";
import { runLayout } from "../../../lib/graph/run-layout";
import { LABELLED_NODE_LIMIT, buildStylesheet, labelsFor } from "../../../lib/graph/stylesheet";
import { placeFresh } from "../../../lib/graph/stream-in";
import { syncElements } from "../../../lib/graph/sync-elements";
import { useCytoscape } from "../../../lib/use-cytoscape";
import { useExpand } from "../hooks/use-expand";
import { ContextMenu, type MenuTarget } from "./context-menu";

function readPositions(cy: Core): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/** Fitting one or two nodes would zoom to the maximum; keep a readable scale instead. */
const MAX_FIT_ZOOM = 1.5;
function limitZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

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
    onBeforeDestroy: (old) => actions.setPositions(readPositions(old)),
  });
  const { expand, busy, error: expandError } = useExpand();
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const lastLayout = useRef(-1);

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

  // Elements → Cytoscape, then a layout when one was requested (expand, search, restore) or when a
  // fresh instance (restore, renderer switch) has nodes without known positions.
  const placeSeq = useRef(0);
  /** Nodes being laid out before they appear (big fresh canvases: the worker takes seconds). */
  const [placing, setPlacing] = useState(0);
  useEffect(() => {
    if (!cy) return;
    const seq = ++placeSeq.current;
    const known = explorerStore.getState().positions;
    const requested = layout.seq !== lastLayout.current;
    lastLayout.current = layout.seq;
    const pinnedAt = (ids: Iterable<string>, at: (id: string) => { x: number; y: number } | undefined) => {
      const out: { nodeId: string; position: { x: number; y: number } }[] = [];
      for (const id of ids) {
        const p = at(id);
        if (p) out.push({ nodeId: id, position: { ...p } });
      }
      return out;
    };
    const pinned = explorerStore.getState().history.present.pinned;
    const nodeDefs = elements.filter((el) => el.group === "nodes");
    if (cy.elements().empty() && nodeDefs.some((el) => !known[el.data.id ?? ""])) {
      // An empty canvas and nodes without positions (a search, a restored link without them):
      // lay out first, then put the elements on the canvas — streamed a chunk per frame when big.
      const options = forceLayout({
        nodeCount: nodeDefs.length,
        incremental: false,
        fixed: pinnedAt(pinned, (id) => known[id]),
      });
      const isCurrent = () => placeSeq.current === seq;
      if (nodeDefs.length > WORKER_THRESHOLD) setPlacing(nodeDefs.length);
      void placeFresh(cy, elements, options, {
        isCurrent,
        onPositions: (positions) => actions.setPositions(positions),
      }).then((outcome) => {
        if (isCurrent()) setPlacing(0);
        if (outcome !== "done" || cy.destroyed()) return;
        limitZoom(cy);
        actions.setPositions(readPositions(cy));
      });
      return;
    }
    setPlacing(0);
    const { addedNodeIds } = syncElements(cy, elements, known);
    const fresh = addedNodeIds.length > 0 && addedNodeIds.length === cy.nodes().length;
    if (requested && cy.nodes().length > 0) {
      const fixed = pinnedAt(pinned, (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() ? (n as NodeSingular).position() : undefined;
      });
      void runLayout(cy, forceLayout({ nodeCount: cy.nodes().length, incremental: layout.incremental, fixed })).then(
        () => {
          if (cy.destroyed()) return;
          limitZoom(cy);
          actions.setPositions(readPositions(cy));
        },
      );
    } else if (fresh) {
      cy.fit(undefined, 30); // restored with positions: just frame it
      limitZoom(cy);
      actions.setPositions(readPositions(cy));
    }
  }, [cy, elements, layout]);

  // Big canvases draw no names; zoomed in far enough, the nodes in view get theirs.
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
  }, [cy, selection, elements]);

  // Highlighted shortest path.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".path").removeClass("path");
      for (const id of pathIds) cy.getElementById(id).addClass("path");
    });
  }, [cy, pathIds, elements]);

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
      {busy && (
        <div className="graph-canvas__busy" role="status">
          {t("canvas.expanding")}
        </div>
      )}
      {placing > 0 && (
        <div className="graph-canvas__busy" role="status" data-testid="canvas-placing">
          {t("canvas.placing", { count: placing })}
        </div>
      )}
      {!nodeLabels && !empty && (
        <div className="graph-canvas__hint" data-testid="canvas-names-hint">
          {t("canvas.namesOnZoom", { count: LABELLED_NODE_LIMIT })}
        </div>
      )}
      {expandError && (
        <div className="graph-canvas__busy error-box" role="alert">
          {t("status.error")}: {expandError}
        </div>
      )}
      {menu && <ContextMenu target={menu} onClose={() => setMenu(null)} onExpand={expand} />}
    </div>
  );
}
