/**
 * Flows (成果流向): where the results of institutions, districts or chains landed over a period,
 * as a Sankey diagram, with the share converted in Chengdu. Parameters: `source` (INSTITUTION,
 * DISTRICT, CHAIN), `id` (only this institution/district/chain), `target` (DISTRICT, CHAIN),
 * `from`, `to`.
 */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../app/views";
import type { FlowSource, FlowTarget } from "../../../gql/graphql";
import { actions } from "../../../lib/explorer-store";
import { QueryState } from "../../../lib/ui/query-state";
import "../../../lib/ui/analysis.css";
import { FlowsDocument, readFlowPicture } from "../api/flows-document";
import { chengduShare, sankeyPicture } from "../lib/sankey-layout";
import "../lib/strings";
import { SankeySvg } from "./sankey-svg";

const SOURCES: FlowSource[] = ["INSTITUTION", "DISTRICT", "CHAIN"];
const TARGETS: FlowTarget[] = ["DISTRICT", "CHAIN"];
export const DEFAULT_PERIOD = { from: "2020-01-01", to: "2026-12-31" };

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

export function FlowsView({ params }: ViewProps) {
  const { t } = useTranslation();
  const source = (SOURCES as string[]).includes(params.source ?? "") ? (params.source as FlowSource) : "INSTITUTION";
  const target = (TARGETS as string[]).includes(params.target ?? "") ? (params.target as FlowTarget) : "DISTRICT";
  const period = { from: params.from ?? DEFAULT_PERIOD.from, to: params.to ?? DEFAULT_PERIOD.to };
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FlowsDocument,
    variables: { period, source, target, sourceId: params.id ?? null, limit: params.id ? 60 : 40 },
  });
  const chengdu = useMemo(() => new Set(data?.districts.map((d) => d.id) ?? []), [data]);
  const flows = useMemo(() => (data ? readFlowPicture(data.flows) : undefined), [data]);
  const height = Math.max(320, Math.min(1400, (flows?.nodes.length ?? 0) * 16));
  const picture = useMemo(
    () => (flows ? sankeyPicture(flows, chengdu, { width: 1000, height }, 230) : null),
    [flows, chengdu, height],
  );
  const share = useMemo(() => (data ? chengduShare(readFlowPicture(data.landing), chengdu) : null), [data, chengdu]);
  const sourceName = params.id ? flows?.nodes.find((n) => n.side === "SOURCE" && n.id === params.id)?.name : undefined;
  const open = (patch: Record<string, string | undefined>) => {
    const next = Object.fromEntries(
      Object.entries({ ...params, ...patch }).filter(([, v]) => v !== undefined && v !== ""),
    ) as Record<string, string>;
    actions.openView("flows", next);
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
      </form>
      <div className="analysis__body">
        <QueryState
          fetching={fetching}
          error={error}
          empty={!picture || picture.nodes.length === 0}
          emptyText={t("flows.empty")}
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        >
          <p className="flows__share" data-testid="flows-share">
            {share && share.byCount !== null
              ? t("flows.share", { count: pct(share.byCount), amount: pct(share.byAmount), deals: share.deals })
              : t("flows.noShare")}
            <span className="muted">
              {" "}
              ·{" "}
              {t("flows.total", {
                deals: data?.flows.totalDeals ?? 0,
                amount: Math.round(data?.flows.totalAmount ?? 0),
              })}
            </span>
            <span className="flows__legend">
              <span className="flows__swatch" style={{ background: "#2e9d4a" }} /> {t("flows.in")}{" "}
              <span className="flows__swatch" style={{ background: "#9aa1ab" }} /> {t("flows.out")}
            </span>
          </p>
          {picture && (
            <SankeySvg
              picture={picture}
              onNode={(id) => {
                actions.select([id]);
                if (!params.id && picture.nodes.some((n) => n.id === id && n.side === "SOURCE")) open({ id });
              }}
            />
          )}
        </QueryState>
      </div>
    </div>
  );
}
