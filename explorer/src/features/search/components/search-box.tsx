/**
 * Search-as-you-type (issue 4 item 1): Chinese names, English names, pinyin initials (cddx →
 * 成都大学) and ids. A combobox: arrows move through hits, Enter adds the highlighted hit to the
 * canvas, "add all" adds every hit; Escape closes the list.
 */
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { SearchDocument } from "../../../lib/api/explore-documents";
import { readNode } from "../../../lib/api/explore-fragments";
import { typeStyle } from "../../../lib/graph/node-styles";
import type { GraphNode } from "../../../lib/graph/types";
import { useDebounced } from "../../../lib/use-debounced";

export const SEARCH_LIMIT = 20;

interface Props {
  /** Called with the chosen hits (one, or all). */
  onPick: (nodes: GraphNode[]) => void;
  debounceMs?: number;
}

export function SearchBox({ onPick, debounceMs = 250 }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), debounceMs);
  const [{ data, fetching, error }] = useQuery({
    query: SearchDocument,
    variables: { text: query, limit: SEARCH_LIMIT },
    pause: query.length === 0,
  });
  // Only hits for what is in the box now: while typing (debounce) or fetching, older hits would
  // let Enter pick a node the user no longer asks for.
  const current = query.length > 0 && query === text.trim() && !fetching;
  const hits = current && data ? data.search.map(readNode) : [];

  const pick = (nodes: GraphNode[]) => {
    if (nodes.length === 0) return;
    onPick(nodes);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      const hit = hits[active];
      if (hit) pick([hit]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  const showList = open && query.length > 0;

  return (
    <div className="search-box">
      <input
        type="search"
        role="combobox"
        aria-label={t("search.label")}
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t("search.placeholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKey}
        data-testid="search-input"
      />
      {showList && (
        <div className="search-box__popup" data-testid="search-results">
          {fetching && <div className="search-box__note">{t("status.loading")}</div>}
          {error && (
            <div className="search-box__note search-box__note--error">
              {t("status.error")}: {error.message}
            </div>
          )}
          {current && !error && hits.length === 0 && <div className="search-box__note">{t("search.noResults")}</div>}
          {hits.length > 0 && (
            <>
              <ul id={listId} role="listbox" aria-label={t("search.label")}>
                {hits.map((n, i) => (
                  <li
                    key={n.id}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? "active" : undefined}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      pick([n]);
                    }}
                    onMouseEnter={() => setActive(i)}
                  >
                    <span className="type-dot" style={{ background: typeStyle(n.type).color }} aria-hidden />
                    <span className="search-box__name">{n.name}</span>
                    <span className="search-box__meta">
                      {t(`types.${n.type}`, { defaultValue: n.type })} · {n.id}
                    </span>
                  </li>
                ))}
              </ul>
              <button className="search-box__all" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(hits)}>
                {t("search.addAll")} ({hits.length})
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
