/**
 * A selected group node ("3,473 交易" of a hub): the group by year (bars; a click narrows the table
 * to that year) and its members as a table that says its total and pages, with buttons that put a
 * member, or the whole page, on the canvas next to the hub.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { ExpandDocument, NeighbourYearsDocument } from "../../../lib/api/explore-documents";
import { readSubgraph } from "../../../lib/api/explore-fragments";
import { actions, useCanvas } from "../../../lib/explorer-store";
import type { NeighbourGroup } from "../../../canvas-model/groups";
import { typeStyle } from "../../../canvas-model/node-styles";
import { Pager } from "../../../lib/ui/pager";
import type { Subgraph } from "../../../canvas-model/types";
import type { NodeType, RelationshipType } from "../../../gql/graphql";
import "./group-details.css";

/** Members per page of the table. */
export const GROUP_PAGE = 20;

export function GroupDetails({ group }: { group: NeighbourGroup }) {
  const { t } = useTranslation();
  const canvas = useCanvas();
  const [year, setYear] = useState<number | null>(null);
  const [offset, setOffset] = useState(0);
  const where = {
    id: group.hub,
    // The group node's id was written from the API's own values (expand's `groups`); the API
    // refuses anything else with the allowed values named.
    relType: group.relType as RelationshipType,
    direction: group.direction,
    neighbourType: group.neighbourType as NodeType,
  };
  const [years] = useQuery({ query: NeighbourYearsDocument, variables: where });
  const [page] = useQuery({
    query: ExpandDocument,
    variables: { ...where, year, limit: GROUP_PAGE, offset },
  });
  const members = page.data ? readSubgraph(page.data.expand) : null;
  const total = page.data?.expand.total ?? 0;
  const next = page.data?.expand.nextOffset ?? null;
  const biggest = Math.max(1, ...(years.data?.neighbourYears ?? []).map((y) => y.count));
  const hubName = canvas.nodes[group.hub]?.name ?? group.hub;
  const typeName = t(`types.${group.neighbourType}`, { defaultValue: group.neighbourType });
  const add = (sub: Subgraph) => actions.addSubgraph(sub);
  const only = (id: string): Subgraph => ({
    nodes: members?.nodes.filter((n) => n.id === id) ?? [],
    edges: members?.edges.filter((e) => e.source === id || e.target === id) ?? [],
  });
  const pick = (y: number | null) => {
    setYear(y);
    setOffset(0);
  };

  return (
    <div className="details group-details" data-testid="group-details">
      <h2 className="details__name">
        <span className="type-dot" style={{ background: typeStyle(group.neighbourType).color }} aria-hidden />
        {t("group.title", { n: group.count.toLocaleString(), type: typeName })}
      </h2>
      <div className="details__type">
        {hubName} {t(`dir.${group.direction}`)} {t(`rels.${group.relType}`, { defaultValue: group.relType })}
      </div>
      <section>
        <h3>{t("group.byYear")}</h3>
        {years.fetching && <p role="status">{t("status.loading")}</p>}
        <ul className="group-details__years" data-testid="group-years">
          {(years.data?.neighbourYears ?? []).map((y) => (
            <li key={String(y.year)}>
              <button
                aria-pressed={year === y.year}
                disabled={y.year === null}
                onClick={() => pick(year === y.year ? null : y.year)}
              >
                <span className="group-details__year">{y.year ?? t("group.noYear")}</span>
                <span className="group-details__bar" style={{ width: `${(100 * y.count) / biggest}%` }} />
                <span className="group-details__count">{y.count.toLocaleString()}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{year === null ? t("group.members") : t("group.membersOfYear", { year })}</h3>
        {page.error && (
          <div className="error-box" role="alert">
            {t("status.error")}: {page.error.message}
          </div>
        )}
        <table className="group-details__table" data-testid="group-table">
          <tbody>
            {(members?.nodes ?? []).map((n) => (
              <tr key={n.id}>
                <td>
                  <button
                    className="link"
                    onClick={() => (canvas.nodes[n.id] ? actions.select([n.id]) : add(only(n.id)))}
                    title={canvas.nodes[n.id] ? t("group.select") : t("group.add")}
                  >
                    {n.name}
                  </button>
                </td>
                <td className="muted">{n.year ?? ""}</td>
                <td className="muted">
                  {n.amount != null ? `${n.amount.toLocaleString()} ${t("group.wan")}` : (n.districtName ?? "")}
                </td>
                <td>{canvas.nodes[n.id] ? "✓" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager
          testId="group"
          range={t("group.range", {
            from: total === 0 ? 0 : offset + 1,
            to: offset + (members?.nodes.length ?? 0),
            total: total.toLocaleString(),
          })}
          onPrev={offset > 0 ? () => setOffset(Math.max(0, offset - GROUP_PAGE)) : null}
          onNext={next !== null ? () => setOffset(next) : null}
        >
          <button
            disabled={!members || members.nodes.length === 0}
            onClick={() => members && add(members)}
            data-testid="group-add-page"
          >
            {t("group.addPage", { count: members?.nodes.length ?? 0 })}
          </button>
        </Pager>
      </section>
    </div>
  );
}
