/**
 * The status of the canvas's running layout: how many nodes, how far it got (from the job's
 * progress events) and a button that cancels it.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LayoutJob } from "../../../cytoscape/layout-job";

export function LayoutStatus({ job }: { job: LayoutJob }) {
  const { t } = useTranslation();
  const [, setTick] = useState(0);
  useEffect(() => job.on("change", () => setTick((n) => n + 1)), [job]);
  if (job.state !== "running") return null;
  const p = job.progress;
  const percent = p && p.total > 0 ? Math.min(100, Math.round((100 * p.done) / p.total)) : null;
  return (
    <div className="graph-canvas__busy" role="status" data-testid="canvas-placing">
      <span data-testid="canvas-placing-text">{t("canvas.placing", { count: job.nodes })}</span>
      {percent !== null && (
        <>
          {" "}
          <progress max={100} value={percent} aria-label={t("canvas.layoutProgress")} />{" "}
          <span data-testid="canvas-placing-percent">{percent}%</span>
        </>
      )}{" "}
      <button onClick={() => job.stop()} data-testid="canvas-placing-cancel">
        {t("canvas.cancelLayout")}
      </button>
    </div>
  );
}
