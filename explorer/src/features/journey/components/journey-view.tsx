/**
 * Result journey (成果轨迹): a left-to-right picture from institution and lab through the result,
 * events and deals (with brokers and agencies) to the buyers, their districts and chains, and the
 * timeline under it. Parameter `result` (URL p.result); without it, a result picker.
 */
import type { EventObject, NodeSingular } from "cytoscape";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../lib/view-definition";
import { exposedCytoscapePicture } from "../../../lib/charts/chart-picture";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { QueryState } from "../../../lib/ui/query-state";
import { useCytoscape } from "../../../cytoscape/use-cytoscape";
import "../../../lib/ui/analysis.css";
import { ResultJourneyDocument } from "../api/journey-document";
import { defaultGrouping, journeyElements, type JourneyGrouping, type JourneyPicture } from "../lib/journey-elements";
import { journeyStylesheet } from "../lib/journey-style";
import { JourneyPicker } from "./journey-picker";
import { JourneyTimeline } from "./journey-timeline";

/** Names are 11 px: below this zoom they are unreadable, so a tall journey is shown from its top and scrolls. */
export const READABLE_ZOOM = 0.75;

export function JourneyView({ params }: ViewProps) {
  const id = params.result;
  if (!id) {
    return (
      <div className="analysis" data-testid="journey-view">
        <JourneyPicker onPick={(rid) => actions.openView("journey", { result: rid })} />
      </div>
    );
  }
  return <JourneyOf id={id} />;
}

function JourneyOf({ id }: { id: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ResultJourneyDocument, variables: { id } });
  const j = data?.resultJourney;
  const [chosen, setChosen] = useState<JourneyGrouping | null>(null);
  const grouping = chosen ?? defaultGrouping(j?.deals.length ?? 0);
  const picture = useMemo(
    () =>
      j
        ? journeyElements(
            j,
            {
              rel: (r) => t(`rels.${r}`, { defaultValue: r }),
              role: (r) => t(`enums.${r}`, { defaultValue: r }),
              dealKind: (k) => t(`enums.${k}`, { defaultValue: k }),
              group: (key, deals, buyers, amount) =>
                t("journey.groupLabel", { key, deals, buyers, amount: Math.round(amount).toLocaleString() }),
            },
            grouping,
          )
        : null,
    [j, t, grouping],
  );
  const inChengdu = j?.deals.filter((d) => d.buyerInChengdu).length ?? 0;
  return (
    <div className="analysis" data-testid="journey-view">
      <div className="analysis__header">
        {j ? (
          <>
            <h2 data-testid="journey-title">{j.result.name}</h2>
            <span className="analysis__summary">
              {t(`enums.${j.kind}`)} · {j.year} · TRL {j.trl ?? "—"} · {t(`enums.${j.status}`)} ·{" "}
              {j.chains.map((c) => c.name).join("、")}
            </span>
            <span className="analysis__summary" data-testid="journey-summary">
              {t("journey.summary", { deals: j.deals.length, inChengdu })}
            </span>
          </>
        ) : (
          <h2>{t("views.journey")}</h2>
        )}
        <span className="journey-legend">
          <span className="journey-legend__in">{t("journey.legendIn")}</span>
          <span className="journey-legend__out">{t("journey.legendOut")}</span>
        </span>
        {j && j.deals.length > 1 && (
          <label>
            {t("journey.grouping")}
            <select
              value={grouping}
              onChange={(e) => setChosen(e.target.value as JourneyGrouping)}
              data-testid="journey-grouping"
            >
              {(["none", "year", "district"] as const).map((g) => (
                <option key={g} value={g}>
                  {t(`journey.groupings.${g}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button onClick={() => actions.openView("journey", {})}>{t("journey.change")}</button>
        {j && (
          <ExportBar
            view="journey"
            period={j.result.id}
            chart={() => exposedCytoscapePicture("journey")}
            table={() => ({
              name: "journey",
              columns: [
                { header: t("export.cols.step") },
                { header: t("export.cols.date") },
                { header: t("export.cols.id") },
                { header: t("export.cols.name"), width: 40 },
              ],
              rows: j.timeline.map((s) => [
                t(`journey.steps.${s.kind}`, { defaultValue: s.kind }),
                s.date ?? null,
                s.refId,
                s.label,
              ]),
            })}
          />
        )}
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!j}
        emptyText={t("journey.notFound", { id })}
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      >
        <div className="journey__body">
          {picture && <JourneyCanvas picture={picture} />}
          {j && <JourneyTimeline steps={j.timeline} noDeals={j.deals.length === 0} />}
        </div>
      </QueryState>
    </div>
  );
}

/** The column picture; mounted only with data, so useCytoscape always finds its container. */
function JourneyCanvas({ picture }: { picture: JourneyPicture }) {
  const { t } = useTranslation();
  const style = useMemo(() => journeyStylesheet(), []);
  const { containerRef, cy } = useCytoscape({
    style,
    exposeAs: "journey",
    options: { minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false },
  });
  useEffect(() => {
    if (!cy) return;
    const ys = picture.elements.filter((e) => e.position).map((e) => e.position!.y);
    const top = Math.min(...ys, 0) - 70;
    const headings = picture.columns.map((c) => ({
      group: "nodes" as const,
      data: { id: `heading:${c.column}`, label: t(`journey.columns.${c.column}`) },
      position: { x: c.x, y: top },
      classes: ["heading"],
      selectable: false,
      grabbable: false,
    }));
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...headings, ...picture.elements]);
    });
    cy.fit(undefined, 24);
    if (cy.zoom() < READABLE_ZOOM) {
      // too tall (or wide) to fit readably: keep names legible, the columns' middle row (the result,
      // the deal groups) across the middle of the view and the first column at its left; pan for the rest
      const box = cy.elements().boundingBox();
      cy.zoom(READABLE_ZOOM);
      cy.pan({ x: 24 - box.x1 * READABLE_ZOOM, y: cy.height() / 2 });
    }
    const onTap = (ev: EventObject) => {
      const target = ev.target as NodeSingular;
      if (!target.hasClass("heading")) actions.select([target.id()]);
    };
    cy.on("tap", "node", onTap);
    return () => {
      cy.off("tap", "node", onTap);
    };
  }, [cy, picture, t]);
  return (
    <div className="cy-area">
      <div ref={containerRef} className="cy-area__cy" data-testid="journey-canvas" />
    </div>
  );
}
