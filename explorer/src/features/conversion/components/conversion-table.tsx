/** The conversion view's sortable table: click a header to sort, a name to list the group's deals. */
import { useTranslation } from "react-i18next";
import { sortRows, type GroupRow, type SortKey } from "../lib/conversion-rows";

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const num = (x: number) => Math.round(x).toLocaleString("en-US");

const COLUMNS: { key: SortKey; numeric: boolean; show: (r: GroupRow) => string }[] = [
  { key: "deals", numeric: true, show: (r) => num(r.figures.deals) },
  { key: "onSiteDeals", numeric: true, show: (r) => num(r.figures.onSiteDeals) },
  { key: "rateByCount", numeric: true, show: (r) => pct(r.figures.rateByCount) },
  { key: "rateByAmount", numeric: true, show: (r) => pct(r.figures.rateByAmount) },
  { key: "amount", numeric: true, show: (r) => num(r.figures.amount) },
  { key: "resultsTransferred", numeric: true, show: (r) => num(r.figures.resultsTransferred) },
];

export interface ConversionTableProps {
  rows: readonly GroupRow[];
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  onPick: (row: GroupRow) => void;
  withParent: boolean;
  selected?: string;
}

export function ConversionTable({ rows, sort, onSort, onPick, withParent, selected }: ConversionTableProps) {
  const { t } = useTranslation();
  const header = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : undefined}>
      <button type="button" className="link" onClick={() => onSort(key)} data-testid={`sort-${key}`}>
        {label}
        {sort.key === key ? (sort.descending ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="conversion-table">
        <thead>
          <tr>
            {header("name", t("conversion.col.name"))}
            {withParent && <th scope="col">{t("conversion.col.parent")}</th>}
            {COLUMNS.map((c) => header(c.key, t(`conversion.col.${c.key}`)))}
          </tr>
        </thead>
        <tbody>
          {sortRows(rows, sort.key, sort.descending).map((r) => (
            <tr key={r.id} data-id={r.id} className={r.id === selected ? "data-table__row--focus" : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onPick(r)}>
                  {r.name}
                </button>
                {r.kind === "OUTSIDE" && <span className="muted"> （市外）</span>}
              </th>
              {withParent && <td>{r.parentName ?? "—"}</td>}
              {COLUMNS.map((c) => (
                <td key={c.key} className="num" data-col={c.key}>
                  {c.show(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
