/**
 * Matching (需求匹配, 科创通 precise matching): pick a demand (OPEN demands listed, or search), then
 * see ranked results and brokers, each with a stacked bar of its score breakdown. Parameter
 * `demand` (URL p.demand).
 */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../lib/view-definition";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { EntityPicker } from "../../../lib/ui/entity-picker";
import { QueryState } from "../../../lib/ui/query-state";
import "../../../lib/ui/analysis.css";
import { MatchDocument, OpenDemandsDocument } from "../api/matching-documents";
import { legendOf } from "../lib/score-segments";
import { ScoreBar } from "./score-bar";
import { ReasonList } from "../../../lib/ui/reason-list";

export function MatchingView({ params }: ViewProps) {
  return params.demand ? <MatchesFor id={params.demand} /> : <DemandPicker />;
}

function DemandPicker() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OpenDemandsDocument, variables: { limit: 100 } });
  const items = data?.demands.map((d) => ({
    id: d.id,
    name: d.name,
    meta: [d.enterprises[0]?.name, d.postedOn].filter(Boolean).join(" · "),
  }));
  return (
    <div className="analysis" data-testid="matching-view">
      <div className="analysis__body">
        <QueryState
          fetching={fetching}
          error={error}
          empty={false}
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        >
          <EntityPicker
            types={["Demand"]}
            placeholder={t("matching.search")}
            heading={<p>{t("matching.pick")}</p>}
            {...(items ? { items } : {})}
            onPick={(id) => actions.openView("matching", { demand: id })}
            testId="demand-picker"
          />
        </QueryState>
      </div>
    </div>
  );
}

function MatchesFor({ id }: { id: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MatchDocument,
    variables: { demandId: id, limit: 10 },
  });
  const results = data?.matchResults;
  const brokers = data?.recommendBrokers;
  const label = (n: string) => t(`matching.components.${n}`, { defaultValue: n });
  return (
    <div className="analysis" data-testid="matching-view">
      <div className="analysis__header">
        <h2 data-testid="matching-demand">{results?.demand.name ?? t("views.matching")}</h2>
        {results && (
          <span className="analysis__summary">
            {t(`enums.${results.demand.status}`)} · {t("matching.needs")}:{" "}
            {results.demand.chains.map((c) => c.name).join("、") || "—"}
          </span>
        )}
        <button onClick={() => actions.openView("matching", {})}>{t("matching.change")}</button>
        {results && (
          <ExportBar
            view="matching"
            period={id}
            table={() => ({
              name: "matching",
              columns: [
                { header: "#" },
                { header: t("export.cols.type") },
                { header: t("export.cols.id") },
                { header: t("export.cols.name"), width: 36 },
                { header: t("export.cols.score"), numFmt: "0.00" },
              ],
              rows: [
                ...results.items.map((r) => [r.rank, t("matching.results"), r.result.id, r.name, r.score]),
                ...(brokers?.items ?? []).map((b) => [b.rank, t("matching.brokers"), b.broker.id, b.name, b.score]),
              ],
            })}
          />
        )}
      </div>
      <div className="analysis__body">
        <QueryState
          fetching={fetching}
          error={error}
          empty={!results}
          emptyText={t("matching.notFound", { id })}
          onRetry={() => refetch({ requestPolicy: "network-only" })}
        >
          <div className="matching__cols">
            <section>
              <h3>{t("matching.results")}</h3>
              <Legend rows={results?.items ?? []} label={label} />
              <ol className="match-list" data-testid="match-results">
                {(results?.items ?? []).map((r) => (
                  <li key={r.result.id}>
                    <span className="match-list__rank">{r.rank}</span>
                    <div className="match-list__main">
                      <button className="link" onClick={() => actions.select([r.result.id])}>
                        {r.name}
                      </button>
                      <div className="match-list__meta">
                        {t(`enums.${r.kind}`)} · TRL {r.trl ?? "—"} · {t(`enums.${r.status}`)}
                        {r.developer ? ` · ${r.developer.name}` : ""}
                      </div>
                      <ScoreBar breakdown={r.breakdown} score={r.score} />
                    </div>
                  </li>
                ))}
              </ol>
              {results?.items.length === 0 && <p className="analysis__note">{t("matching.none")}</p>}
            </section>
            <section>
              <h3>{t("matching.brokers")}</h3>
              <Legend rows={brokers?.items ?? []} label={label} />
              <ol className="match-list" data-testid="match-brokers">
                {(brokers?.items ?? []).map((b) => (
                  <li key={b.broker.id}>
                    <span className="match-list__rank">{b.rank}</span>
                    <div className="match-list__main">
                      <button className="link" onClick={() => actions.select([b.broker.id])}>
                        {b.name}
                      </button>
                      <div className="match-list__meta">
                        {t(`enums.${b.titleLevel}`)}
                        {b.employer ? ` · ${b.employer.name}` : ""}
                      </div>
                      <ScoreBar breakdown={b.breakdown} score={b.score} />
                      <ReasonList reasons={b.reasons} className="match-list__reasons" testId="broker-reasons" />
                    </div>
                  </li>
                ))}
              </ol>
              {brokers?.items.length === 0 && <p className="analysis__note">{t("matching.none")}</p>}
            </section>
          </div>
        </QueryState>
      </div>
    </div>
  );
}

function Legend({
  rows,
  label,
}: {
  rows: readonly { breakdown: readonly { name: string; weight: number; value: number; contribution: number }[] }[];
  label: (n: string) => string;
}) {
  const { t } = useTranslation();
  const items = legendOf(rows);
  if (items.length === 0) return null;
  return (
    <div className="score-legend" aria-label={t("matching.legend")}>
      <span className="muted">{t("matching.legend")}:</span>
      {items.map((l) => (
        <span key={l.name} className="score-legend__item">
          <span className="score-legend__swatch" style={{ background: l.color }} />
          {label(l.name)} ×{l.weight}
        </span>
      ))}
    </div>
  );
}
