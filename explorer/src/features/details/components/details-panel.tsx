/**
 * Details of the selected node: fields, measures and facets, relationship counts per neighbour
 * type with expand buttons (a group too big to list comes as one group node; "more" pages what is
 * left), neighbours on the canvas, and links into other views. A selected group node shows its
 * members instead (group-details.tsx). The links come from the app (views registry) through
 * `links`, so this feature knows no view.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { NodeDocument, NodesByTypeDocument } from "../../../lib/api/explore-documents";
import { readNode } from "../../../lib/api/explore-fragments";
import { actions, useCanvas, useExplorer } from "../../../lib/explorer-store";
import { canvasDegrees, neighbourIds } from "../../../canvas-model/canvas-state";
import { typeStyle } from "../../../canvas-model/node-styles";
import type { GraphNode } from "../../../canvas-model/types";
import type { ExploreDirection, RelationshipType } from "../../../gql/graphql";
import { groupOf } from "../../../canvas-model/groups";
import { relationText } from "../../../lib/ui/relation-text";
import { formatValue } from "../lib/format-value";
import { GroupDetails } from "./group-details";

export interface DetailsLink {
  label: string;
  onOpen: () => void;
}

interface Props {
  /** "Open in view X" links for a node (from the views registry). */
  links?: (node: GraphNode) => DetailsLink[];
  onExpand?: (id: string, relType?: RelationshipType, direction?: ExploreDirection, more?: boolean) => void;
  /** The offset "more" would fetch next for a relation (a number when there is more to page). */
  nextOffset?: (id: string, relType: RelationshipType, direction: ExploreDirection) => number | null | undefined;
  /** Extra content a view wants below the fields (slot). */
  children?: ReactNode;
}

export function DetailsPanel({ links, onExpand, nextOffset, children }: Props) {
  const { t } = useTranslation();
  const selection = useExplorer((s) => s.selection);
  const canvas = useCanvas();
  const id = selection[selection.length - 1];
  const edgeId = useExplorer((s) => s.edgeSelection);
  const edge = edgeId ? canvas.edges[edgeId] : undefined;
  const group = id && canvas.nodes[id] ? groupOf(canvas.nodes[id]) : null;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NodeDocument,
    variables: { id: id ?? "" },
    pause: !id || group !== null,
  });
  // Same variables as the filter panel's pick list, so this is served from the cache.
  const [chains] = useQuery({ query: NodesByTypeDocument, variables: { type: "IndustryChain", limit: 200 } });

  if (!id && edge) {
    const rows: [string, string][] = [
      [t("details.from"), canvas.nodes[edge.source]?.name ?? edge.source],
      [t("details.to"), canvas.nodes[edge.target]?.name ?? edge.target],
      ...Object.entries(edge.properties).map(([k, v]): [string, string] => [
        t(`fields.${k}`, { defaultValue: k }),
        formatValue(k, v, t),
      ]),
    ];
    return (
      <div className="details" data-testid="details-panel">
        <h2 className="details__name">{t(`rels.${edge.type}`, { defaultValue: edge.type })}</h2>
        <div className="details__type">{edge.type}</div>
        <dl>
          {rows.map(([k, v]) => (
            <div key={k} className="details__row">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  if (!id) return <p className="details__none">{t("details.none")}</p>;
  if (group) return <GroupDetails group={group} />;
  const fetched = data?.node ? readNode(data.node) : null;
  const node: GraphNode | null = fetched ?? canvas.nodes[id] ?? null;
  if (!node) {
    if (fetching) return <p role="status">{t("status.loading")}</p>;
    if (error)
      return (
        <div className="error-box" role="alert">
          {t("status.error")}: {error.message}{" "}
          <button onClick={() => refetch({ requestPolicy: "network-only" })}>{t("status.retry")}</button>
        </div>
      );
    return <p>{t("details.notFound")}</p>;
  }
  const onCanvas = neighbourIds(canvas, id)
    .map((n) => canvas.nodes[n])
    .filter((n): n is GraphNode => !!n);
  const chainNames = new Map((chains.data?.nodesByType ?? []).map((c) => [c.id, c.name]));
  const nameOf = (nid: string) => canvas.nodes[nid]?.name ?? chainNames.get(nid) ?? nid;
  const yesNo = (b: boolean) => (b ? t("details.yes") : t("details.no"));
  const rows: [string, ReactNode][] = [
    [t("fields.id"), node.id],
    ...(node.nameEn ? ([[t("fields.nameEn"), node.nameEn]] as [string, ReactNode][]) : []),
    ...Object.entries(node.properties).map(([k, v]): [string, ReactNode] => [
      t(`fields.${k}`, { defaultValue: k }),
      formatValue(k, v, t),
    ]),
  ];
  const facts: [string, ReactNode][] = [
    [
      t("details.degree"),
      `${node.degree}${canvas.nodes[id] ? ` (${t("measure.canvasDegree")}: ${canvasDegrees(canvas).get(id) ?? 0})` : ""}`,
    ],
    ...(node.districtName ? ([[t("details.district"), node.districtName]] as [string, ReactNode][]) : []),
    ...(node.inChengdu !== null && node.inChengdu !== undefined
      ? ([[t("details.inChengdu"), yesNo(node.inChengdu)]] as [string, ReactNode][])
      : []),
    ...(node.chainIds.length > 0 && node.type !== "IndustryChain"
      ? ([[t("details.chains"), node.chainIds.map(nameOf).join("、")]] as [string, ReactNode][])
      : []),
    ...(node.year ? ([[t("details.year"), String(node.year)]] as [string, ReactNode][]) : []),
    ...(node.amount !== null && node.amount !== undefined
      ? ([[t("details.amount"), node.amount.toLocaleString()]] as [string, ReactNode][])
      : []),
  ];
  const viewLinks = links?.(node) ?? [];

  return (
    <div className="details" data-testid="details-panel">
      <h2 className="details__name">
        <span className="type-dot" style={{ background: typeStyle(node.type).color }} aria-hidden />
        {node.name}
      </h2>
      <div className="details__type">{t(`types.${node.type}`, { defaultValue: node.type })}</div>
      {viewLinks.length > 0 && (
        <section aria-label={t("details.openIn")}>
          <h3>{t("details.openIn")}</h3>
          <div className="details__links">
            {viewLinks.map((l) => (
              <button key={l.label} onClick={l.onOpen} data-testid="details-view-link">
                {l.label}
              </button>
            ))}
          </div>
        </section>
      )}
      <FactList title={t("details.fields")} rows={rows} />
      <FactList title={t("details.measures")} rows={facts} />
      {children}
      {data?.neighbourCounts && data.neighbourCounts.length > 0 && (
        <section>
          <h3>{t("details.relations")}</h3>
          <ul className="details__counts">
            {data.neighbourCounts.map((c) => {
              const more = nextOffset?.(id, c.relType, c.direction);
              return (
                <li key={`${c.relType}-${c.direction}`} data-testid="details-relation">
                  {onExpand ? (
                    <button onClick={() => onExpand(id, c.relType, c.direction)} title={t("details.expand")}>
                      {relationText(t, c)}
                    </button>
                  ) : (
                    <span>{relationText(t, c)}</span>
                  )}
                  {onExpand && typeof more === "number" && (
                    <button
                      className="details__more"
                      onClick={() => onExpand(id, c.relType, c.direction, true)}
                      data-testid="details-relation-more"
                    >
                      +{t("details.more", { from: more + 1 })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {onCanvas.length > 0 && (
        <section>
          <h3>{t("details.onCanvas")}</h3>
          <ul className="details__neighbours">
            {onCanvas.map((n) => (
              <li key={n.id}>
                <button className="link" onClick={() => actions.select([n.id])}>
                  <span className="type-dot" style={{ background: typeStyle(n.type).color }} aria-hidden />
                  {n.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A titled list of label → value rows. */
function FactList({ title, rows }: { title: string; rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <section>
      <h3>{title}</h3>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} className="details__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
