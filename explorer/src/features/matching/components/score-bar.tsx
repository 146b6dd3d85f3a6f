/** A stacked bar of a score breakdown (plain HTML/CSS): one segment per component, track = score 1. */
import { useTranslation } from "react-i18next";
import { scoreSegments, type Component } from "../lib/score-segments";

export function ScoreBar({ breakdown, score }: { breakdown: readonly Component[]; score: number }) {
  const { t } = useTranslation();
  const segs = scoreSegments(breakdown, (n) => t(`matching.components.${n}`, { defaultValue: n }));
  return (
    <div className="score-bar" title={segs.map((s) => s.title).join("\n")}>
      <div className="score-bar__track" role="img" aria-label={`${t("matching.score")} ${score.toFixed(2)}`}>
        {segs.map((s) => (
          <span
            key={s.name}
            className="score-bar__seg"
            style={{ width: `${s.width}%`, background: s.color }}
            title={s.title}
          />
        ))}
      </div>
      <span className="score-bar__value">{score.toFixed(2)}</span>
    </div>
  );
}
