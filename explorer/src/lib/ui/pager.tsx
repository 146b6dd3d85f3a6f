/**
 * "‹ previous · 1–20 of 3,473 · next ›" for any paged list: the range and total as text, and the
 * two buttons. `keepFocus` stops the buttons taking the focus (a search popup that must stay open).
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "./pager.css";

export interface PagerProps {
  /** What the list says about its range and total (already worded). */
  range: ReactNode;
  onPrev: (() => void) | null;
  onNext: (() => void) | null;
  keepFocus?: boolean;
  testId?: string;
  children?: ReactNode;
}

export function Pager({ range, onPrev, onNext, keepFocus = false, testId = "pager", children }: PagerProps) {
  const { t } = useTranslation();
  const hold = keepFocus ? (e: { preventDefault(): void }) => e.preventDefault() : undefined;
  return (
    <div className="pager" data-testid={testId}>
      <button disabled={!onPrev} onMouseDown={hold} onClick={() => onPrev?.()} data-testid={`${testId}-prev`}>
        ‹ {t("analysis.prev")}
      </button>
      <span data-testid={`${testId}-range`}>{range}</span>
      <button disabled={!onNext} onMouseDown={hold} onClick={() => onNext?.()} data-testid={`${testId}-next`}>
        {t("analysis.next")} ›
      </button>
      {children}
    </div>
  );
}
