/**
 * The legend of the chosen size/colour measure: the smallest and biggest values on the canvas with
 * the node sizes and colours they get, how many nodes have no value (drawn hollow) and why, or —
 * for communities — each community's colour and how many nodes it has on the canvas.
 */
import { useTranslation } from "react-i18next";
import { useNetworkMeasures } from "../../../lib/api/network-measures";
import { useCanvas, useExplorer } from "../../../lib/explorer-store";
import { canvasDegrees } from "../../../canvas-model/canvas-state";
import { MAX_SIZE, MIN_SIZE, NO_VALUE_COLOR, RAMP, measureScale } from "../../../canvas-model/measures";
import "./measure-legend.css";

const fmt = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? v.toLocaleString() : v.toPrecision(3));

export function MeasureLegend() {
  const { t } = useTranslation();
  const canvas = useCanvas();
  const measure = useExplorer((s) => s.measure);
  const external = useNetworkMeasures(measure === "betweenness" || measure === "community");
  if (measure === "none") return null;
  const nodes = Object.values(canvas.nodes).filter((n) => n.type !== "Group");
  const scale = measureScale(nodes, measure, canvasDegrees(canvas), external);
  return (
    <div className="measure-legend" data-testid="measure-legend">
      <h3>{t(`measure.${measure}`)}</h3>
      {measure === "community" ? (
        <ul className="measure-legend__communities">
          {scale.communities.slice(0, 12).map((c) => (
            <li key={c.id}>
              <span className="type-dot" style={{ background: c.color }} aria-hidden />#{c.id} ({c.count})
            </li>
          ))}
          {scale.communities.length > 12 && <li className="muted">+{scale.communities.length - 12}</li>}
        </ul>
      ) : (
        scale.lo !== null &&
        scale.hi !== null && (
          <div className="measure-legend__scale" data-testid="measure-scale">
            <span
              className="measure-legend__dot"
              style={{ width: MIN_SIZE / 2, height: MIN_SIZE / 2, background: RAMP[0] }}
            />
            <span>{fmt(scale.lo)}</span>
            <span
              className="measure-legend__ramp"
              style={{ background: `linear-gradient(to right, ${RAMP[0]}, ${RAMP[1]})` }}
            />
            <span>{fmt(scale.hi)}</span>
            <span
              className="measure-legend__dot"
              style={{ width: MAX_SIZE / 2, height: MAX_SIZE / 2, background: RAMP[1] }}
            />
          </div>
        )
      )}
      {scale.missing > 0 && (
        <p className="measure-legend__missing" data-testid="measure-missing">
          <span className="measure-legend__hollow" style={{ background: NO_VALUE_COLOR }} aria-hidden />
          {t("measureLegend.missing", { count: scale.missing })}
          {(measure === "betweenness" || measure === "community") && ` ${t("measureLegend.networkOnly")}`}
        </p>
      )}
    </div>
  );
}
