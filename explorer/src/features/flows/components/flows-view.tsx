/**
 * Flows (成果流向): where the results of institutions, districts or chains landed over a period, as
 * an ECharts Sankey aggregated in the database — every deal drawn (the long tail as 其他, unplaced
 * deals as 未定位), outside-Chengdu targets marked — with the period's 在蓉转化率 from
 * conversionRate and what it leaves out. Parameters: `source` (INSTITUTION, DISTRICT, CHAIN), `id`
 * (only this source), `target` (DISTRICT, CHAIN), `from`, `to`, `nodes` (named nodes per side).
 */
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { sankeyOption, type SankeyWords } from "../../../../../presentation/charts/sankey-option";
import type { ViewProps } from "../../../lib/view-definition";
import type { ConversionGroupBy, FlowSource, FlowTarget } from "../../../gql/graphql";
import { EChart, type EChartsInstance } from "../../../lib/charts/echart";
import { echartPicture } from "../../../lib/charts/chart-picture";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { periodPart } from "../../../lib/export/file-name";
import { QueryState } from "../../../lib/ui/query-state";
import "../../../lib/ui/analysis.css";
import { FlowsDocument } from "../api/flows-document";
import { flowSheet } from "../lib/flow-table";

const SOURCES: FlowSource[] = ["INSTITUTION", "DISTRICT", "CHAIN"];
const TARGETS: FlowTarget[] = ["DISTRICT", "CHAIN"];
const NODE_CHOICES = [5, 10, 20, 50];
const GROUP_OF: Record<FlowSource, ConversionGroupBy> = {
  INSTITUTION: "INSTITUTION",
  DISTRICT: "SELLER_DISTRICT",
  CHAIN: "CHAIN",
};
export const DEFAULT_PERIOD = { from: "2020-01-01", to: "2026-12-31" };

const pct = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);
const round = (x: number) => Math.round(x).toLocaleString("en-US");

export function FlowsView({ params }: ViewProps) {
  const { t } = useTranslation();
  const source = (SOURCES as string[]).includes(params.source ?? "") ? (params.source as FlowSource) : "INSTITUTION";
  const target = (TARGETS as string[]).includes(params.target ?? "") ? (params.target as FlowTarget) : "DISTRICT";
  const nodes = NODE_CHOICES.includes(Number(params.nodes)) ? Number(params.nodes) : 10;
  const period = { from: params.from ?? DEFAULT_PERIOD.from, to: params.to ?? DEFAULT_PERIOD.to };
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const chart = useRef<EChartsInstance | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FlowsDocument,
    variables: {
      period,
      source,
      target,
      sourceId: params.id ?? null,
      nodesPerSide: nodes,
      groupBy: params.id ? GROUP_OF[source] : "NONE",
    },
  });
  const words: SankeyWords = useMemo(
    () => ({
      other: (n) => t("flows.other", { n }),
      unplaced: t("flows.unplaced"),
      outside: t("flows.out"),
      tooltip: (a, b, deals, amount) => t("flows.tooltip", { from: a, to: b, deals, amount: round(amount) }),
    }),
    [t],
  );
  const flows = data?.flows;
  const option = useMemo(() => (flows ? sankeyOption(flows, words) : null), [flows, words]);
  const height = Math.max(360, Math.min(1400, (flows?.nodes.length ?? 0) * 26));
  const conversion = data?.conversionRate;
  const figures = params.id ? conversion?.groups.find((g) => g.node.id === params.id)?.figures : conversion?.overall;
  const sourceName = params.id
    ? flows?.nodes.find((n) => n.side === "SOURCE" && n.node?.id === params.id)?.name
    : undefined;
  const open = (patch: Record<string, string | undefined>) => {
    const next = Object.fromEntries(
      Object.entries({ ...params, ...patch }).filter(([, v]) => v !== undefined && v !== ""),
    ) as Record<string, string>;
    actions.openView("flows", next);
  };
  const clickNode = (key: string) => {
    const node = flows?.nodes.find((n) => n.key === key);
    if (!node?.node) return; // a folded node (其他, 未定位) stands for no node
    actions.select([node.node.id]);
    if (!params.id && node.side === "SOURCE") open({ id: node.node.id });
  };
  return (
    <div className="analysis" data-testid="flows-view">
      <form
        className="analysis__header"
        onSubmit={(e) => {
          e.preventDefault();
          open({ from, to });
        }}
      >
        <h2>{sourceName ? `${t("flows.title")} · ${sourceName}` : t("flows.title")}</h2>
        <label>
          {t("flows.source")}
          <select value={source} onChange={(e) => open({ source: e.target.value, id: undefined })}>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`flows.sources.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("flows.target")}
          <select value={target} onChange={(e) => open({ target: e.target.value })}>
            {TARGETS.map((s) => (
              <option key={s} value={s}>
                {t(`flows.targets.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("flows.nodes")}
          <select value={nodes} onChange={(e) => open({ nodes: e.target.value })} data-testid="flows-nodes">
            {NODE_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("analysis.from")}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t("analysis.to")}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t("analysis.apply")}</button>
        {params.id && (
          <button type="button" onClick={() => open({ id: undefined })}>
            {t("flows.all")}
          </button>
        )}
        <ExportBar
          view="flows"
          period={periodPart(period.from, period.to)}
          chart={() => echartPicture(chart.current)}
          table={() => (flows ? flowSheet(flows, words, t("flows.table", { returnObjects: true }) as never) : null)}
        />
      </form>
      <div className="analysis__body">
        <QueryState
          fetching={fetching}
          error={error}
          empty={!flows || flows.links.length === 0}
          emptyText={t("flows.empty")}
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        >
          <p className="flows__share" data-testid="flows-share">
            {figures && figures.deals > 0
              ? t("flows.share", {
                  count: pct(figures.rateByCount),
                  amount: pct(figures.rateByAmount),
                  deals: figures.deals,
                })
              : fetching
                ? ""
                : t("flows.noShare")}
            <span className="flows__legend">
              <span className="flows__swatch" style={{ background: "#2e9d4a" }} /> {t("flows.in")}{" "}
              <span className="flows__swatch" style={{ background: "#9aa1ab" }} /> {t("flows.out")}
            </span>
          </p>
          <p className="analysis__note" data-testid="flows-total" data-total={flows?.totalDeals}>
            {t("flows.total", {
              deals: round(flows?.totalDeals ?? 0),
              amount: round(flows?.totalAmount ?? 0),
              other: round(flows?.otherValue ?? 0),
              unplaced: round(flows?.unplacedValue ?? 0),
            })}
          </p>
          {conversion && !params.id && (
            <p className="analysis__note" data-testid="flows-coverage">
              {t("flows.coverage", {
                period: conversion.coverage.periodDeals,
                outside: conversion.coverage.sellerOutsideChengdu,
                unplaced: conversion.coverage.sellerUnplaced,
                buyer: conversion.coverage.buyerUnplaced,
              })}
            </p>
          )}
          {option && (
            <EChart
              option={option}
              height={height}
              name="flows"
              chartRef={chart}
              onItemClick={clickNode}
              label={t("flows.title")}
            />
          )}
        </QueryState>
      </div>
    </div>
  );
}
