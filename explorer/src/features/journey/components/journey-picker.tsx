/**
 * Pick a result for its journey: the busiest first (most deals, with how many went to buyers in
 * Chengdu), narrowed by typing (names, pinyin initials; one character is enough), with the total
 * and pages.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { Pager } from "../../../lib/ui/pager";
import { QueryState } from "../../../lib/ui/query-state";
import { useDebounced } from "../../../lib/use-debounced";
import { ResultsByDealsDocument } from "../api/results-by-deals-document";

export const PICKER_PAGE = 30;

export function JourneyPicker({ onPick }: { onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [offset, setOffset] = useState(0);
  const query = useDebounced(text.trim(), 250);
  useEffect(() => setOffset(0), [query]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ResultsByDealsDocument,
    variables: { text: query || null, limit: PICKER_PAGE, offset },
  });
  const page = data?.resultsByDeals;
  const rows = page?.items ?? [];
  return (
    <div className="analysis-picker" data-testid="journey-picker">
      <p>{t("journey.pick")}</p>
      <input
        type="search"
        value={text}
        placeholder={t("journey.search")}
        aria-label={t("journey.search")}
        onChange={(e) => setText(e.target.value)}
      />
      {page && (
        <p className="analysis__note" data-testid="journey-picker-total">
          {t(query ? "journey.pickerFound" : "journey.pickerAll", { total: page.total.toLocaleString() })}
        </p>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={t("analysis.empty")}
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      >
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              <button onClick={() => onPick(r.id)} data-testid="pick-item">
                <span>{r.name}</span>
                <span className="analysis-picker__meta" data-testid="pick-deals">
                  {t("journey.pickerDeals", { count: r.deals, inChengdu: r.inChengduDeals })}
                  {r.year ? ` · ${r.year}` : ""} · {r.id}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <Pager
          testId="journey-picker"
          range={t("journey.pickerRange", { from: offset + 1, to: offset + rows.length })}
          onPrev={offset > 0 ? () => setOffset(Math.max(0, offset - PICKER_PAGE)) : null}
          onNext={page?.nextOffset != null ? () => setOffset(page.nextOffset!) : null}
        />
      </QueryState>
    </div>
  );
}
