/**
 * Search-as-you-type: Chinese names (one character too), English names, pinyin initials (cddx →
 * 成都大学) and ids. A combobox: arrows move through hits, Enter adds the highlighted hit to the
 * canvas, "add all" adds the page; Escape closes the list. The list says how many hits there are
 * in all and per type (a chip per type narrows to it) and pages through them.
 */
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { SearchPageDocument } from "../../../lib/api/explore-documents";
import { readNode } from "../../../lib/api/explore-fragments";
import { typeStyle } from "../../../canvas-model/node-styles";
import type { GraphNode } from "../../../canvas-model/types";
import type { NodeType } from "../../../gql/graphql";
import { Pager } from "../../../lib/ui/pager";
import { useDebounced } from "../../../lib/use-debounced";
import "./search-box.css";

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
  const [type, setType] = useState<NodeType | null>(null);
  const [offset, setOffset] = useState(0);
  const query = useDebounced(text.trim(), debounceMs);
  // a new text starts again at the first page of every type
  useEffect(() => {
    setType(null);
    setOffset(0);
  }, [query]);
  const [{ data, fetching, error }] = useQuery({
    query: SearchPageDocument,
    variables: { text: query, types: type ? [type] : null, limit: SEARCH_LIMIT, offset },
    pause: query.length === 0,
  });
  // Only hits for what is in the box now: while typing (debounce) or fetching, older hits would
  // let Enter pick a node the user no longer asks for.
  const current = query.length > 0 && query === text.trim() && !fetching;
  const page = current && data ? data.searchPage : null;
  const hits = page ? page.nodes.map(readNode) : [];
  const allTypes = page ? page.typeCounts.reduce((a, c) => a + c.count, 0) : 0;
  const turnPage = (to: number) => {
    setOffset(to);
    setActive(0);
  };

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
          {page && page.total > 0 && (
            <div className="search-box__summary" data-testid="search-summary">
              <span data-testid="search-total">
                {t(page.totalCapped ? "search.totalCapped" : "search.total", { n: page.total.toLocaleString() })}
              </span>
              <div className="search-box__types" role="group" aria-label={t("search.byType")}>
                <button
                  aria-pressed={type === null}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setType(null);
                    turnPage(0);
                  }}
                >
                  {t("search.allTypes")} {allTypes.toLocaleString()}
                </button>
                {page.typeCounts.map((c) => (
                  <button
                    key={c.type}
                    aria-pressed={type === c.type}
                    data-testid="search-type"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      setType(c.type);
                      turnPage(0);
                    }}
                  >
                    <span className="type-dot" style={{ background: typeStyle(c.type).color }} aria-hidden />
                    {t(`types.${c.type}`, { defaultValue: c.type })} {c.count.toLocaleString()}
                  </button>
                ))}
              </div>
            </div>
          )}
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
              <Pager
                keepFocus
                testId="search"
                range={t("search.range", {
                  from: offset + 1,
                  to: offset + hits.length,
                  total: page?.total.toLocaleString(),
                })}
                onPrev={offset > 0 ? () => turnPage(Math.max(0, offset - SEARCH_LIMIT)) : null}
                onNext={page?.nextOffset != null ? () => turnPage(page.nextOffset!) : null}
              />
              {page && page.nextOffset == null && page.ranked < page.total && (
                <div className="search-box__note">{t("search.refine", { n: page.ranked.toLocaleString() })}</div>
              )}
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
