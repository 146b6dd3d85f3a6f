/** The conversion view year by year: the city's 在蓉转化率 per year (chart) and each group's rate per year (table). */
import type { MutableRefObject } from "react";
import { useTranslation } from "react-i18next";
import type { UseQueryState } from "urql";
import type { trendOption as TrendOption } from "../../../../../presentation/charts/trend-option";
import { useFragment as unmask } from "../../../gql";
import type { ViewConversionTrendQuery } from "../../../gql/graphql";
import { EChart, type EChartsInstance } from "../../../lib/charts/echart";
import { QueryState } from "../../../lib/ui/query-state";
import { ConversionFiguresFields } from "../api/conversion-documents";

const pct = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);

export function YearByYear({
  result,
  onRetry,
  chartRef,
  trendOption,
}: {
  result: UseQueryState<ViewConversionTrendQuery>;
  onRetry: () => void;
  chartRef: MutableRefObject<EChartsInstance | null>;
  trendOption: typeof TrendOption;
}) {
  const { t } = useTranslation();
  const years = result.data?.conversionTrend ?? [];
  const points = years.map((y) => {
    const f = unmask(ConversionFiguresFields, y.overall);
    return {
      year: Number(y.period.from.slice(0, 4)),
      deals: f.deals,
      rateByCount: f.rateByCount,
      rateByAmount: f.rateByAmount,
    };
  });
  const groups = new Map<string, { name: string; rates: Map<number, number | null> }>();
  years.forEach((y, i) => {
    for (const g of y.groups) {
      const entry = groups.get(g.node.id) ?? { name: g.name, rates: new Map() };
      entry.rates.set(points[i]!.year, unmask(ConversionFiguresFields, g.figures).rateByCount);
      groups.set(g.node.id, entry);
    }
  });
  return (
    <QueryState fetching={result.fetching} error={result.error} empty={years.length === 0} onRetry={onRetry}>
      <EChart
        option={trendOption(points)}
        height={300}
        name="conversion-trend"
        chartRef={chartRef}
        label={t("conversion.title")}
      />
      <div className="table-scroll">
        <table className="data-table" data-testid="conversion-years">
          <thead>
            <tr>
              <th scope="col">{t("conversion.col.name")}</th>
              {points.map((p) => (
                <th key={p.year} scope="col">
                  {p.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("conversion.col.rateByCount")}</th>
              {points.map((p) => (
                <td key={p.year} className="num">
                  {pct(p.rateByCount)}
                </td>
              ))}
            </tr>
            {[...groups.entries()].map(([id, g]) => (
              <tr key={id}>
                <th scope="row">{g.name}</th>
                {points.map((p) => (
                  <td key={p.year} className="num">
                    {pct(g.rates.get(p.year))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </QueryState>
  );
}
