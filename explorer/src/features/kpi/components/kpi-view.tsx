/**
 * Plan KPIs (规划指标): progress toward each of the plan's targets city-wide (bars with the target
 * at the end of the track) and a district × indicator matrix. Parameters `from`, `to` (window;
 * default the configured one) and `district` (highlighted row, e.g. opened from a District node).
 */
import { useMemo, useRef, useState } from "react";
import { districtKpiOption } from "../../../../../presentation/charts/kpi-option";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../lib/view-definition";
import { echartPicture } from "../../../lib/charts/chart-picture";
import { EChart, type EChartsInstance } from "../../../lib/charts/echart";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { periodPart } from "../../../lib/export/file-name";
import { QueryState } from "../../../lib/ui/query-state";
import "../../../lib/ui/analysis.css";
import { KpiProgressDocument } from "../api/kpi-document";
import { districtMatrix, kpiBars } from "../lib/kpi-bars";

export function KpiView({ params }: ViewProps) {
  const { t } = useTranslation();
  const period = params.from && params.to ? { from: params.from, to: params.to } : undefined;
  const [{ data, fetching, error }, refetch] = useQuery({ query: KpiProgressDocument, variables: { period } });
  const progress = data?.kpiProgress;
  const bars = useMemo(() => (progress ? kpiBars(progress.indicators) : []), [progress]);
  const rows = useMemo(() => (progress ? districtMatrix(progress.indicators) : []), [progress]);
  const [from, setFrom] = useState(params.from ?? "");
  const [to, setTo] = useState(params.to ?? "");
  const keys = progress?.indicators.map((k) => k.key) ?? [];
  const chart = useRef<EChartsInstance | null>(null);
  const shown = progress?.indicators.find((k) => k.key === params.indicator) ?? progress?.indicators[0];
  const districtChart = useMemo(
    () =>
      shown
        ? districtKpiOption(
            shown.byDistrict
              .filter((d) => d.inChengdu)
              .map((d) => ({ name: d.name, value: d.value, target: d.target ?? 0 })),
            t(`kpi.labels.${shown.key}`),
            { ahead: t("kpi.chartAhead"), behind: t("kpi.chartBehind"), target: t("kpi.chartTarget") },
          )
        : null,
    [shown, t],
  );
  return (
    <div className="analysis" data-testid="kpi-view">
      <form
        className="analysis__header"
        onSubmit={(e) => {
          e.preventDefault();
          actions.openView("kpi", { ...params, ...(from && to ? { from, to } : {}) });
        }}
      >
        <h2>{t("kpi.title")}</h2>
        <label>
          {t("analysis.from")}
          <input type="date" value={from || progress?.window.from || ""} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t("analysis.to")}
          <input type="date" value={to || progress?.window.to || ""} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t("analysis.apply")}</button>
        {progress && (
          <ExportBar
            view="kpi"
            period={periodPart(progress.window.from, progress.window.to)}
            chart={() => echartPicture(chart.current)}
            table={() => ({
              name: "kpi",
              columns: [
                { header: t("kpi.district"), width: 16 },
                ...progress.indicators.flatMap((k) => [
                  { header: t(`kpi.labels.${k.key}`) },
                  { header: `${t(`kpi.labels.${k.key}`)} · ${t("export.cols.target")}`, numFmt: "0.0" },
                ]),
              ],
              rows: rows.map((r) => [
                r.name,
                ...progress.indicators.flatMap((k) => [
                  r.values[k.key] ?? 0,
                  k.byDistrict.find((d) => d.districtId === r.districtId)?.target ?? null,
                ]),
              ]),
            })}
          />
        )}
      </form>
      <div className="analysis__body">
        <QueryState
          fetching={fetching}
          error={error}
          empty={!progress}
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        >
          <h3 className="kpi__h">{t("kpi.overall")}</h3>
          <ul className="kpi-bars" data-testid="kpi-bars">
            {bars.map((b) => {
              const ind = progress?.indicators.find((k) => k.key === b.key);
              return (
                <li key={b.key} className={`kpi-bar${b.met ? " kpi-bar--met" : ""}`} data-testid={`kpi-${b.key}`}>
                  <div className="kpi-bar__label">
                    <strong>{t(`kpi.labels.${b.key}`, { defaultValue: b.label })}</strong>
                    <span className="kpi-bar__figures">
                      {b.current} / {b.target} · {b.percent}% ·{" "}
                      {b.met ? t("kpi.met") : t("kpi.remaining", { n: b.remaining })}
                    </span>
                  </div>
                  <div
                    className="kpi-bar__track"
                    role="meter"
                    aria-valuemin={0}
                    aria-valuemax={b.target}
                    aria-valuenow={b.current}
                    aria-label={b.label}
                  >
                    <div className="kpi-bar__fill" style={{ width: `${b.fill}%` }} />
                  </div>
                  <div className="analysis__note">
                    {ind && !ind.windowed ? `${t("kpi.stock")} · ` : ""}
                    {t("kpi.unassigned", { n: ind?.unassigned ?? 0 })}
                  </div>
                </li>
              );
            })}
          </ul>
          <h3 className="kpi__h">
            {t("kpi.byDistrict")} ·{" "}
            <select
              value={shown?.key ?? ""}
              onChange={(e) => actions.openView("kpi", { ...params, indicator: e.target.value })}
              aria-label={t("kpi.indicator")}
              data-testid="kpi-indicator"
            >
              {keys.map((k) => (
                <option key={k} value={k}>
                  {t(`kpi.labels.${k}`)}
                </option>
              ))}
            </select>
          </h3>
          {shown && (
            <p className="analysis__note" data-testid="kpi-ahead">
              {t("kpi.ahead", {
                ahead: shown.districtsAhead,
                behind: shown.districtsBehind,
                share: (shown.target / Math.max(1, shown.districtsAhead + shown.districtsBehind)).toFixed(1),
              })}
            </p>
          )}
          {districtChart && (
            <EChart
              option={districtChart}
              height={300}
              name="kpi-districts"
              chartRef={chart}
              label={t("kpi.byDistrict")}
            />
          )}
          <div className="table-scroll">
            <table className="kpi-matrix" data-testid="kpi-matrix">
              <thead>
                <tr>
                  <th>{t("kpi.district")}</th>
                  {keys.map((k) => (
                    <th key={k}>{t(`kpi.labels.${k}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.districtId}
                    className={r.districtId === params.district ? "kpi-matrix__row--focus" : undefined}
                  >
                    <th scope="row">
                      <button className="link" onClick={() => actions.select([r.districtId])}>
                        {r.name}
                      </button>
                      {!r.inChengdu && <span className="muted"> ({t("kpi.outside")})</span>}
                    </th>
                    {keys.map((k) => (
                      <td key={k}>
                        <span className="kpi-cell__bar" style={{ width: `${r.widths[k] ?? 0}%` }} />
                        <span className="kpi-cell__value">{r.values[k] ?? 0}</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </QueryState>
      </div>
    </div>
  );
}
