/**
 * Ranked partner suggestions for one organisation: partners in its own gap chains first, each with
 * its reasons in words (chain, figures; the source in the tooltip), a bar of the score breakdown
 * (each segment's tooltip says in words what it counts, its weight and its points) and, for the
 * top few, what the suggestion above has that it lacks.
 */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { typeStyle } from "../../../canvas-model/node-styles";
import { actions } from "../../../lib/explorer-store";
import { QueryState } from "../../../lib/ui/query-state";
import { ReasonList } from "../../../lib/ui/reason-list";
import { SuggestPartnersDocument } from "../api/gaps-documents";

const COLORS: Record<string, string> = {
  gapCover: "#e15759",
  gapDeals: "#ff9da7",
  sharedChains: "#4e79a7",
  complementary: "#f28e2b",
  commonNeighbours: "#59a14f",
  geography: "#b07aa1",
};

export function PartnerSuggestions({ orgId, name, onClose }: { orgId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SuggestPartnersDocument, variables: { orgId } });
  const items = data?.suggestPartners ?? [];
  const top = Math.max(1e-9, ...items.map((s) => s.score));
  return (
    <section className="suggestions" data-testid="partner-suggestions">
      <div className="suggestions__head">
        <h3>{t("gaps.suggestions", { name })}</h3>
        <button onClick={onClose}>{t("gaps.close")}</button>
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        empty={items.length === 0}
        emptyText={t("gaps.noSuggestions")}
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      >
        <ol className="suggestions__list">
          {items.map((s) => (
            <li key={s.partner.id} data-gap={s.gapChains.length > 0 ? "yes" : "no"}>
              <div className="suggestions__name">
                <span className="type-dot" style={{ background: typeStyle(s.type).color }} />
                <button className="link" onClick={() => actions.select([s.partner.id])}>
                  {s.name}
                </button>
                <span className="muted">
                  {t(`types.${s.type}`, { defaultValue: s.type })}
                  {s.allianceMember ? ` · ${t("gaps.member_yes")}` : ""}
                </span>
                <span className="suggestions__score">
                  {t("gaps.score")} {s.score.toFixed(2)}
                </span>
              </div>
              <div className="suggestions__bar" style={{ width: `${(s.score / top) * 100}%` }}>
                {s.breakdown
                  .filter((c) => c.contribution > 0)
                  .map((c) => (
                    <span
                      key={c.name}
                      style={{ flex: c.contribution, background: COLORS[c.name] ?? "#9c755f" }}
                      title={t(`gaps.parts.${c.name in COLORS ? c.name : "other"}`, {
                        value: c.name === "gapCover" ? `${Math.round(c.value * 100)}%` : c.value,
                        weight: c.weight,
                        points: c.contribution.toFixed(2),
                      })}
                    />
                  ))}
              </div>
              <ReasonList reasons={s.explanations} className="suggestions__reasons" testId="suggestion-reasons" />
              {s.whyNotHigher.length > 0 && (
                <details className="suggestions__why">
                  <summary>{t("reasons.whyNotHigher")}</summary>
                  <ReasonList reasons={s.whyNotHigher} className="suggestions__reasons" />
                </details>
              )}
            </li>
          ))}
        </ol>
      </QueryState>
    </section>
  );
}
