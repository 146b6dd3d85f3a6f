/**
 * Legend of node types in Chinese that doubles as the type filter (as in Bloom): each entry is a
 * toggle button showing the type's colour and how many nodes of it are on the canvas; below it,
 * the scale of the chosen size/colour measure.
 */
import { useTranslation } from "react-i18next";
import { actions, useCanvas, useExplorer } from "../../../lib/explorer-store";
import { LEGEND_TYPES, typeStyle } from "../../../canvas-model/node-styles";
import { MeasureLegend } from "./measure-legend";

export function Legend() {
  const { t } = useTranslation();
  const canvas = useCanvas();
  const hiddenTypes = useExplorer((s) => s.filters.hiddenTypes);
  const counts = new Map<string, number>();
  for (const n of Object.values(canvas.nodes)) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const toggle = (type: string) =>
    actions.setFilters({
      hiddenTypes: hiddenTypes.includes(type) ? hiddenTypes.filter((x) => x !== type) : [...hiddenTypes, type],
    });

  return (
    <>
      <ul className="legend" aria-label={t("filters.legend")} data-testid="legend">
        {LEGEND_TYPES.map((type) => {
          const off = hiddenTypes.includes(type);
          return (
            <li key={type}>
              <button
                aria-pressed={!off}
                className={off ? "legend__item legend__item--off" : "legend__item"}
                onClick={() => toggle(type)}
              >
                <span className="type-dot" style={{ background: typeStyle(type).color }} aria-hidden />
                {t(`types.${type}`)}
                <span className="legend__count">{counts.get(type) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <MeasureLegend />
    </>
  );
}
