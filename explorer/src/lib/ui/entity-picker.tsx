/**
 * Pick a node of given types for a view's input: a list of the first nodes by name (or a custom
 * list), narrowed by search-as-you-type over the full-text index (Chinese, pinyin initials, id).
 */
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { NodeType } from "../../gql/graphql";
import { QueryState } from "./query-state";
import { useDebounced } from "../use-debounced";

const PickSearchDocument = graphql(`
  query AnalysisPickSearch($text: String!, $types: [NodeType!], $limit: Int) {
    search(text: $text, types: $types, limit: $limit) {
      id
      name
      type
      districtName
      year
    }
  }
`);

const PickListDocument = graphql(`
  query AnalysisPickList($type: NodeType!, $limit: Int) {
    nodesByType(type: $type, limit: $limit) {
      id
      name
      type
      districtName
      year
    }
  }
`);

export interface PickItem {
  id: string;
  name: string;
  meta?: string | null;
}

export interface EntityPickerProps {
  /** Node types to search (the first is listed when nothing is typed and no `items` are given). */
  types: NodeType[];
  placeholder: string;
  onPick: (id: string) => void;
  /** A list to show instead of the first nodes by name (e.g. OPEN demands). */
  items?: PickItem[];
  heading?: ReactNode;
  testId?: string;
}

export function EntityPicker({
  types,
  placeholder,
  onPick,
  items,
  heading,
  testId = "entity-picker",
}: EntityPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const [search] = useQuery({
    query: PickSearchDocument,
    variables: { text: query, types, limit: 30 },
    pause: query.length === 0,
  });
  const [list, reList] = useQuery({
    query: PickListDocument,
    variables: { type: types[0] ?? "Result", limit: 60 },
    pause: query.length > 0 || items !== undefined,
  });
  const rows: PickItem[] =
    query.length > 0
      ? (search.data?.search ?? []).map((n) => ({
          id: n.id,
          name: n.name,
          meta: [n.districtName, n.year].filter(Boolean).join(" · "),
        }))
      : (items ??
        (list.data?.nodesByType ?? []).map((n) => ({
          id: n.id,
          name: n.name,
          meta: [n.districtName, n.year].filter(Boolean).join(" · "),
        })));
  const active = query.length > 0 ? search : list;
  return (
    <div className="analysis-picker" data-testid={testId}>
      {heading}
      <input
        type="search"
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(e) => setText(e.target.value)}
      />
      <QueryState
        fetching={active.fetching}
        error={active.error}
        empty={rows.length === 0}
        emptyText={t("analysis.empty")}
        onRetry={() => reList({ requestPolicy: "network-only" })}
      >
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              <button onClick={() => onPick(r.id)} data-testid="pick-item">
                <span>{r.name}</span>
                <span className="analysis-picker__meta">
                  {r.meta ? `${r.meta} · ` : ""}
                  {r.id}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </QueryState>
    </div>
  );
}
