/**
 * A sortable HTML table of the white paper: typed columns, numeric sort keys in `data-v`, and a
 * header that the page's small script sorts by (the PDF prints the default order: most deals first).
 */
import { esc } from "./format.js";

export interface Column<T> {
  title: string;
  /** The cell text (escaped here). */
  text: (row: T) => string;
  /** Numeric (or text) sort key; numeric columns align right. */
  sort?: (row: T) => number | string | null;
  className?: string;
}

export function htmlTable<T>(id: string, columns: Column<T>[], rows: readonly T[], caption?: string): string {
  const head = columns
    .map((c) => `<th${c.sort ? ' class="sortable" tabindex="0"' : ""} scope="col">${esc(c.title)}</th>`)
    .join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${columns
          .map((c) => {
            const v = c.sort?.(r);
            const numeric = typeof v === "number";
            const cls = [numeric ? "num" : "", c.className ?? ""].filter(Boolean).join(" ");
            return `<td${cls ? ` class="${cls}"` : ""}${v !== undefined && v !== null ? ` data-v="${esc(v)}"` : ""}>${esc(c.text(r))}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  return `<div class="table-wrap"><table class="report-table" data-table="${esc(id)}">${caption ? `<caption>${esc(caption)}</caption>` : ""}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** Sorts a table by a clicked header (numbers by data-v, text by zh collation); clicking again reverses. */
export const SORT_SCRIPT = `
document.querySelectorAll("table.report-table th.sortable").forEach(function (th) {
  function sort() {
    var table = th.closest("table"), body = table.tBodies[0], i = th.cellIndex;
    var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1;
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[i].getAttribute("data-v"), y = b.cells[i].getAttribute("data-v");
      var nx = parseFloat(x), ny = parseFloat(y);
      if (x === null) return 1; if (y === null) return -1;
      var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : String(x).localeCompare(String(y), "zh");
      return dir * c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  th.addEventListener("click", sort);
  th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
});`;
