/**
 * conversionRate groups → the rows the conversion view shows, sorted by a chosen column, and the
 * same rows as an export sheet; the deal filter behind a group (what a click on a row opens).
 */
import type { Sheet } from "../../../../../presentation/tables/sheet";
import type { ConversionFiguresFieldsFragment, ConversionGroupBy, DealWhere } from "../../../gql/graphql";

export type Figures = Omit<ConversionFiguresFieldsFragment, " $fragmentName">;

export interface GroupRow {
  id: string;
  name: string;
  kind: string | null;
  parentName: string | null;
  figures: Figures;
}

export type SortKey =
  "name" | "deals" | "onSiteDeals" | "rateByCount" | "rateByAmount" | "amount" | "resultsTransferred";

/** Sorted by a column; ties keep the given order (the API's: most deals, then amount, then id). */
export function sortRows(rows: readonly GroupRow[], key: SortKey, descending: boolean): GroupRow[] {
  const value = (r: GroupRow): number | string | null => (key === "name" ? r.name : r.figures[key]);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null) return 1; // unknown rates last, whichever the direction
    if (y === null) return -1;
    const c = typeof x === "string" ? x.localeCompare(String(y), "zh") : x - (y as number);
    return descending ? -c : c;
  });
}

export function rowsSheet(
  name: string,
  groupLabel: string,
  rows: readonly GroupRow[],
  headers: Record<string, string>,
): Sheet {
  return {
    name,
    columns: [
      { header: "id" },
      { header: groupLabel, width: 30 },
      { header: headers.parent ?? "parent", width: 24 },
      { header: headers.deals ?? "deals", numFmt: "#,##0" },
      { header: headers.onSiteDeals ?? "onSiteDeals", numFmt: "#,##0" },
      { header: headers.rateByCount ?? "rateByCount", numFmt: "0.0%" },
      { header: headers.amount ?? "amount", numFmt: "#,##0.00" },
      { header: headers.onSiteAmount ?? "onSiteAmount", numFmt: "#,##0.00" },
      { header: headers.rateByAmount ?? "rateByAmount", numFmt: "0.0%" },
      { header: headers.resultsTransferred ?? "resultsTransferred", numFmt: "#,##0" },
    ],
    rows: rows.map((r) => [
      r.id,
      r.name,
      r.parentName,
      r.figures.deals,
      r.figures.onSiteDeals,
      r.figures.rateByCount,
      r.figures.amount,
      r.figures.onSiteAmount,
      r.figures.rateByAmount,
      r.figures.resultsTransferred,
    ]),
  };
}

const eq = (id: string) => ({ id: { eq: id } });

/** Deals of the period whose seller (buyer, chain) is the group: what a click on a row lists. */
export function groupDealsWhere(
  groupBy: ConversionGroupBy,
  id: string,
  period: { from: string; to: string },
): DealWhere {
  const signedOn = { gte: period.from, lte: period.to };
  const inDistrict = { districts: { some: eq(id) } };
  switch (groupBy) {
    case "BUYER_DISTRICT":
      return { signedOn, buyers: { some: inDistrict } };
    case "CHAIN":
      return { signedOn, results: { some: { chains: { some: eq(id) } } } };
    case "INSTITUTION":
      return {
        signedOn,
        OR: [
          { sellers: { some: { Institution: eq(id) } } },
          { sellers: { some: { Lab: { institutions: { some: eq(id) } } } } },
        ],
      };
    case "LAB":
      return { signedOn, sellers: { some: { Lab: eq(id) } } };
    default:
      return {
        signedOn,
        OR: [
          { sellers: { some: { Institution: inDistrict } } },
          { sellers: { some: { Enterprise: inDistrict } } },
          { sellers: { some: { Lab: { institutions: { some: inDistrict } } } } },
        ],
      };
  }
}
