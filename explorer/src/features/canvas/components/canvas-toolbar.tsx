/**
 * Canvas controls: undo/redo, layout, fit, measure, relationship labels, WebGL opt-in, shortest
 * path between two selected nodes, clear. Every control is a labelled native element, so it is
 * reachable with Tab. Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) work anywhere outside text fields.
 */
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { actions, useCanRedo, useCanUndo, useCanvas, useExplorer } from "../../../lib/explorer-store";
import { MEASURES, type MeasureId } from "../../../canvas-model/measures";
import { getCy } from "../../../cytoscape/use-cytoscape";
import { useShortestPath } from "../hooks/use-shortest-path";

export function CanvasToolbar() {
  const { t } = useTranslation();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const canvas = useCanvas();
  const measure = useExplorer((s) => s.measure);
  const edgeLabels = useExplorer((s) => s.edgeLabels);
  const webgl = useExplorer((s) => s.webgl);
  const selection = useExplorer((s) => s.selection);
  const path = useShortestPath();
  const nodeCount = Object.keys(canvas.nodes).length;
  const edgeCount = Object.keys(canvas.edges).length;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) {
        e.preventDefault();
        actions.undo();
      } else if (k === "y" || (k === "z" && e.shiftKey)) {
        e.preventDefault();
        actions.redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const [a, b] = selection.slice(-2);
  return (
    <div className="toolbar" role="toolbar" aria-label="canvas">
      <button onClick={actions.undo} disabled={!canUndo} title="Ctrl+Z">
        ↶ {t("canvas.undo")}
      </button>
      <button onClick={actions.redo} disabled={!canRedo} title="Ctrl+Y">
        ↷ {t("canvas.redo")}
      </button>
      <button onClick={() => actions.requestLayout(false)} disabled={nodeCount === 0}>
        {t("canvas.layout")}
      </button>
      <button onClick={() => getCy("main")?.fit(undefined, 30)} disabled={nodeCount === 0}>
        {t("canvas.fit")}
      </button>
      <label>
        {t("canvas.measure")}{" "}
        <select
          value={measure}
          onChange={(e) => actions.setMeasure(e.target.value as MeasureId)}
          data-testid="measure-select"
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`measure.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={edgeLabels} onChange={(e) => actions.setEdgeLabels(e.target.checked)} />{" "}
        {t("canvas.edgeLabels")}
      </label>
      <label>
        <input type="checkbox" checked={webgl} onChange={(e) => actions.setWebgl(e.target.checked)} />{" "}
        {t("canvas.webgl")}
      </label>
      <button
        onClick={() => a && b && void path.find(a, b)}
        disabled={!a || !b || path.busy}
        title={t("canvas.pathHint")}
        data-testid="shortest-path"
      >
        {t("canvas.shortestPath")}
      </button>
      {path.message && (
        <span className="toolbar__note" role="status">
          {path.message}
        </span>
      )}
      <button onClick={actions.clear} disabled={nodeCount === 0}>
        {t("canvas.clear")}
      </button>
      <span className="toolbar__count" data-testid="canvas-count">
        {t("canvas.nodes", { count: nodeCount })} · {t("canvas.edges", { count: edgeCount })}
      </span>
    </div>
  );
}
