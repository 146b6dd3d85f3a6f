/**
 * Filters over the canvas: chain, district, in-Chengdu, a year range (time
 * slider), deal kind, amount range, and whether non-matching nodes are greyed out or hidden.
 * Filtering is client-side on what is on the canvas (canvas-model/filters.ts).
 */
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { ENUMS } from "@ttgraph/domain/enums";
import { NodesByTypeDocument } from "../../../lib/api/explore-documents";
import { actions, useCanvas, useExplorer } from "../../../lib/explorer-store";
import { failingIds, hasActiveFilters, yearSpan } from "../../../canvas-model/filters";
import { MultiSelect } from "./multi-select";

const DEFAULT_YEARS: [number, number] = [2015, new Date().getFullYear()];

export function FilterPanel() {
  const { t } = useTranslation();
  const f = useExplorer((s) => s.filters);
  const canvas = useCanvas();
  const [districts] = useQuery({ query: NodesByTypeDocument, variables: { type: "District", limit: 200 } });
  const [chains] = useQuery({ query: NodesByTypeDocument, variables: { type: "IndustryChain", limit: 200 } });
  const nodes = useMemo(() => Object.values(canvas.nodes), [canvas]);
  const [lo, hi] = yearSpan(nodes) ?? DEFAULT_YEARS;
  const failing = failingIds(nodes, f).size;
  // Playback (as Bloom's time slicer): the upper year steps from the first year to the last, so
  // the network appears as it grew; stops at the end or when pressed again.
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = f.yearTo ?? hi;
      if (current + 1 >= hi) {
        actions.setFilters({ yearTo: null });
        setPlaying(false);
      } else actions.setFilters({ yearTo: current + 1 });
    }, 1000);
    return () => clearInterval(timer);
  }, [playing, f.yearTo, lo, hi]);
  const num = (v: string): number | null => (v.trim() === "" || !Number.isFinite(Number(v)) ? null : Number(v));

  return (
    <div className="filters" data-testid="filter-panel">
      <MultiSelect
        label={t("filters.districts")}
        options={(districts.data?.nodesByType ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={f.districtIds}
        onChange={(districtIds) => actions.setFilters({ districtIds })}
        testId="filter-district"
      />
      <MultiSelect
        label={t("filters.chains")}
        options={(chains.data?.nodesByType ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={f.chainIds}
        onChange={(chainIds) => actions.setFilters({ chainIds })}
        testId="filter-chain"
      />
      {(districts.error || chains.error) && (
        <p className="error-box" role="alert">
          {t("status.error")}
        </p>
      )}
      <label className="filter-check">
        <input
          type="checkbox"
          checked={f.inChengduOnly}
          onChange={(e) => actions.setFilters({ inChengduOnly: e.target.checked })}
        />{" "}
        {t("filters.inChengdu")}
      </label>
      <fieldset className="filter-range">
        <legend>
          {t("filters.years")}: {f.yearFrom ?? lo} – {f.yearTo ?? hi}
        </legend>
        <input
          type="range"
          min={lo}
          max={hi}
          value={f.yearFrom ?? lo}
          aria-label={`${t("filters.years")} ${t("filters.min")}`}
          onChange={(e) =>
            actions.setFilters({ yearFrom: Number(e.target.value) === lo ? null : Number(e.target.value) })
          }
        />
        <input
          type="range"
          min={lo}
          max={hi}
          value={f.yearTo ?? hi}
          aria-label={`${t("filters.years")} ${t("filters.max")}`}
          onChange={(e) =>
            actions.setFilters({ yearTo: Number(e.target.value) === hi ? null : Number(e.target.value) })
          }
        />
        <button
          type="button"
          aria-pressed={playing}
          disabled={lo >= hi}
          onClick={() => {
            if (!playing) actions.setFilters({ yearTo: Math.max(lo, f.yearFrom ?? lo) });
            setPlaying(!playing);
          }}
          data-testid="year-play"
        >
          {playing ? `⏸ ${t("filters.pause")}` : `▶ ${t("filters.play")}`}
        </button>
      </fieldset>
      <fieldset className="filter-kinds">
        <legend>{t("filters.dealKinds")}</legend>
        {ENUMS.DealKind.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={f.dealKinds.includes(k)}
              onChange={(e) =>
                actions.setFilters({
                  dealKinds: e.target.checked ? [...f.dealKinds, k] : f.dealKinds.filter((x) => x !== k),
                })
              }
            />
            {t(`enums.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-amount">
        <legend>{t("filters.amount")}</legend>
        <input
          type="number"
          min={0}
          placeholder={t("filters.min")}
          aria-label={`${t("filters.amount")} ${t("filters.min")}`}
          value={f.amountMin ?? ""}
          onChange={(e) => actions.setFilters({ amountMin: num(e.target.value) })}
        />
        <input
          type="number"
          min={0}
          placeholder={t("filters.max")}
          aria-label={`${t("filters.amount")} ${t("filters.max")}`}
          value={f.amountMax ?? ""}
          onChange={(e) => actions.setFilters({ amountMax: num(e.target.value) })}
        />
      </fieldset>
      <fieldset className="filter-mode">
        <legend>{t("filters.mode")}</legend>
        <label>
          <input
            type="radio"
            name="filter-mode"
            checked={f.mode === "grey"}
            onChange={() => actions.setFilters({ mode: "grey" })}
          />{" "}
          {t("filters.grey")}
        </label>
        <label>
          <input
            type="radio"
            name="filter-mode"
            checked={f.mode === "hide"}
            onChange={() => actions.setFilters({ mode: "hide" })}
          />{" "}
          {t("filters.hide")}
        </label>
      </fieldset>
      {hasActiveFilters(f) && (
        <p className="filters__status" role="status" data-testid="filter-status">
          {t("filters.active", { count: failing })} <button onClick={actions.resetFilters}>{t("filters.reset")}</button>
        </p>
      )}
    </div>
  );
}
