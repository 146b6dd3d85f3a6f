/** The journey's steps in order (developed, piloted, presented, deals) as a readable list. */
import { useTranslation } from "react-i18next";
import { actions } from "../../../lib/explorer-store";

export interface TimelineStep {
  kind: string;
  refId: string;
  label: string;
  date?: string | null;
}

export function JourneyTimeline({ steps, noDeals }: { steps: readonly TimelineStep[]; noDeals: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="journey-timeline" aria-label={t("journey.timeline")}>
      <h3>{t("journey.timeline")}</h3>
      <ol data-testid="journey-timeline">
        {steps.map((s, i) => (
          <li
            key={`${s.refId}-${i}`}
            className={`journey-timeline__step journey-timeline__step--${s.kind.toLowerCase()}`}
          >
            <span className="journey-timeline__date">{s.date ?? "—"}</span>
            <span className="journey-timeline__kind">{t(`journey.steps.${s.kind}`, { defaultValue: s.kind })}</span>
            <button className="link" onClick={() => actions.select([s.refId])}>
              {s.label}
            </button>
          </li>
        ))}
      </ol>
      {noDeals && <p className="analysis__note">{t("journey.noDeals")}</p>}
    </section>
  );
}
