/** The flows of the Sankey as a table (one row per drawn link), for the view and its exports. */
import type { Sheet } from "../../../../../presentation/tables/sheet";
import { sankeyNodeLabel, type SankeyInput, type SankeyWords } from "../../../../../presentation/charts/sankey-option";

export function flowSheet(
  flows: SankeyInput,
  words: SankeyWords,
  headers: { from: string; to: string; deals: string; value: string; amount: string },
): Sheet {
  const node = new Map(flows.nodes.map((n) => [n.key, n]));
  const label = (key: string) => {
    const n = node.get(key);
    return n ? sankeyNodeLabel(n, words) : key;
  };
  return {
    name: "flows",
    columns: [
      { header: headers.from, width: 30 },
      { header: headers.to, width: 24 },
      { header: headers.deals, numFmt: "#,##0" },
      { header: headers.value, numFmt: "0.00" },
      { header: headers.amount, numFmt: "#,##0.00" },
    ],
    rows: flows.links.map((l) => [
      label(l.source),
      label(l.target),
      l.deals,
      Math.round(l.value * 100) / 100,
      Math.round(l.amount * 100) / 100,
    ]),
  };
}
