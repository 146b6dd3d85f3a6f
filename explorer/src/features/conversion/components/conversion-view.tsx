/**
 * The conversion view (在蓉转化): 在蓉转化率 by seller district, buyer district, institution, lab or
 * chain — for a period, or year by year — as a sortable table, a bar chart and, for districts, a
 * map of Chengdu; a click on a row, bar or district lists its deals. The figures are
 * conversionRate's (conversionTrend's year by year) for the same arguments, and what they leave
 * out is said under them. Parameters: `groupBy`, `from`, `to`, `mode` (period | years), `fromYear`,
 * `toYear`.
 */
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { rateBarsOption } from "../../../../../presentation/charts/rate-bars-option";
import { trendOption } from "../../../../../presentation/charts/trend-option";
import type { ViewProps } from "../../../lib/view-definition";
import { useFragment as unmask } from "../../../gql";
import type { ConversionGroupBy } from "../../../gql/graphql";
import { echartPicture } from "../../../lib/charts/chart-picture";
import { EChart, type EChartsInstance } from "../../../lib/charts/echart";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { periodPart } from "../../../lib/export/file-name";
import { QueryState } from "../../../lib/ui/query-state";
import "../../../lib/ui/analysis.css";
import {
  ConversionCoverageFields,
  ConversionDocument,
  ConversionFiguresFields,
  ConversionTrendDocument,
} from "../api/conversion-documents";
import { rowsSheet, type GroupRow, type SortKey } from "../lib/conversion-rows";
import { ConversionTable } from "./conversion-table";
import { DistrictMap } from "./district-map";
import { GroupDeals } from "./group-deals";
import { YearByYear } from "./year-by-year";

const GROUPS: ConversionGroupBy[] = ["SELLER_DISTRICT", "BUYER_DISTRICT", "INSTITUTION", "LAB", "CHAIN"];
const DEFAULT = { from: "2024-01-01", to: "2024-12-31" };
const pct = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);

export function ConversionView({ params }: ViewProps) {
  const { t } = useTranslation();
  const groupBy = (GROUPS as string[]).includes(params.groupBy ?? "")
    ? (params.groupBy as ConversionGroupBy)
    : "SELLER_DISTRICT";
  const yearly = params.mode === "years";
  const period = { from: params.from ?? DEFAULT.from, to: params.to ?? DEFAULT.to };
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "deals", descending: true });
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const mapChart = useRef<EChartsInstance | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ConversionDocument,
    variables: { period, groupBy, limit: 500 },
    pause: yearly,
  });
  const fromYear = Number(params.fromYear ?? Number(period.to.slice(0, 4)) - 4);
  const toYear = Number(params.toYear ?? period.to.slice(0, 4));
  const [trend, refetchTrend] = useQuery({
    query: ConversionTrendDocument,
    variables: { years: { from: `${fromYear}-01-01`, to: `${toYear}-12-31` }, groupBy, limit: 500 },
    pause: !yearly,
  });
  const rate = data?.conversionRate;
  const overall = rate ? unmask(ConversionFiguresFields, rate.overall) : null;
  const coverage = rate ? unmask(ConversionCoverageFields, rate.coverage) : null;
  const rows: GroupRow[] = useMemo(
    () =>
      (rate?.groups ?? []).map((g) => ({
        id: g.node.id,
        name: g.name,
        kind: g.kind ?? null,
        parentName: g.parent?.name ?? null,
        figures: unmask(ConversionFiguresFields, g.figures),
      })),
    [rate],
  );
  const barsOption = useMemo(
    () =>
      rateBarsOption(
        rows.slice(0, 40).map((r) => ({
          name: r.name,
          rate: r.figures.rateByCount,
          deals: r.figures.deals,
          outside: r.kind === "OUTSIDE",
        })),
        overall?.rateByCount ?? null,
        t("conversion.chart"),
      ),
    [rows, overall, t],
  );
  const open = (patch: Record<string, string | undefined>) => {
    setPicked(null);
    const next = Object.fromEntries(
      Object.entries({ ...params, ...patch }).filter(([, v]) => v !== undefined && v !== ""),
    ) as Record<string, string>;
    actions.openView("conversion", next);
  };
  const pick = (r: { id: string; name: string }) => {
    setPicked(r);
    actions.select([r.id]);
  };
  const isDistrict = groupBy === "SELLER_DISTRICT" || groupBy === "BUYER_DISTRICT";
  const headers = t("conversion.col", { returnObjects: true }) as Record<string, string>;
  const periodName = yearly ? `${fromYear}_${toYear}` : periodPart(period.from, period.to);
  return (
    <div className="analysis" data-testid="conversion-view">
      <form
        className="analysis__header"
        onSubmit={(e) => {
          e.preventDefault();
          open(yearly ? { fromYear: from.slice(0, 4), toYear: to.slice(0, 4) } : { from, to });
        }}
      >
        <h2>{t("conversion.title")}</h2>
        <label>
          {t("conversion.groupBy")}
          <select value={groupBy} onChange={(e) => open({ groupBy: e.target.value })} data-testid="conversion-groupby">
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`conversion.groups.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("conversion.mode")}
          <select
            value={yearly ? "years" : "period"}
            onChange={(e) => open({ mode: e.target.value === "years" ? "years" : undefined })}
            data-testid="conversion-mode"
          >
            <option value="period">{t("conversion.modes.period")}</option>
            <option value="years">{t("conversion.modes.years")}</option>
          </select>
        </label>
        <label>
          {t("analysis.from")}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="conversion-from" />
        </label>
        <label>
          {t("analysis.to")}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="conversion-to" />
        </label>
        <button type="submit">{t("analysis.apply")}</button>
        <ExportBar
          view={`conversion-${groupBy.toLowerCase()}`}
          period={periodName}
          chart={() => echartPicture(chart.current)}
          table={() => (yearly ? null : rowsSheet(groupBy, t(`conversion.groups.${groupBy}`), rows, headers))}
        />
      </form>
      <div className="analysis__body">
        {yearly ? (
          <YearByYear
            result={trend}
            onRetry={() => refetchTrend({ requestPolicy: "network-only" })}
            chartRef={chart}
            trendOption={trendOption}
          />
        ) : (
          <QueryState
            fetching={fetching}
            error={error}
            empty={!overall || overall.deals === 0}
            emptyText={t("conversion.empty")}
            onRetry={() => refetch({ requestPolicy: "network-only" })}
          >
            {overall && coverage && (
              <>
                <p className="conversion__overall" data-testid="conversion-overall">
                  {t("conversion.overall", {
                    deals: overall.deals,
                    onSite: overall.onSiteDeals,
                    count: pct(overall.rateByCount),
                    amount: pct(overall.rateByAmount),
                  })}
                </p>
                <p className="analysis__note" data-testid="conversion-coverage">
                  {t("conversion.coverage", {
                    period: coverage.periodDeals,
                    outside: coverage.sellerOutsideChengdu,
                    unplaced: coverage.sellerUnplaced,
                    buyer: coverage.buyerUnplaced,
                    ungrouped: coverage.ungrouped,
                  })}
                </p>
              </>
            )}
            <div className={`conversion__charts${isDistrict ? " conversion__charts--map" : ""}`}>
              {isDistrict && (
                <DistrictMap
                  chartRef={mapChart}
                  rows={rows
                    .filter((r) => r.kind !== "OUTSIDE")
                    .map((r) => ({ name: r.name, rate: r.figures.rateByCount, deals: r.figures.deals }))}
                  onDistrict={(name) => {
                    const row = rows.find((r) => r.name.replace(/(区|县|市)$/, "") === name.replace(/(区|县|市)$/, ""));
                    if (row) pick(row);
                  }}
                />
              )}
              <EChart
                option={barsOption}
                height={Math.max(220, Math.min(40, rows.length) * 18 + 50)}
                name="conversion-bars"
                chartRef={chart}
                label={t("conversion.chart")}
                onItemClick={(_name, index) => {
                  const shown = rows.slice(0, 40);
                  const row = shown[shown.length - 1 - index];
                  if (row) pick(row);
                }}
              />
            </div>
            {picked && <GroupDeals groupBy={groupBy} group={picked} period={period} onClose={() => setPicked(null)} />}
            <ConversionTable
              rows={rows}
              sort={sort}
              onSort={(key) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== "name" }))}
              onPick={pick}
              withParent={groupBy === "LAB"}
              selected={picked?.id}
            />
          </QueryState>
        )}
      </div>
    </div>
  );
}
