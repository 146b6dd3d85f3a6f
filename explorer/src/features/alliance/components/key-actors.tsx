/**
 * Key actors (关键主体): ranked tables of the organisations (every network figure with its rank
 * among all organisations of the period; a heading click re-ranks on the server) and of the
 * intermediaries — brokers with their employer, and agencies — by brokerage role, with CSV/XLSX
 * export. A name click hands the id to `onPick` (the alliance view selects and centres it).
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { ExportBar } from "../../../lib/export/export-bar";
import { periodPart } from "../../../lib/export/file-name";
import { QueryState } from "../../../lib/ui/query-state";
import { BrokerEmployersDocument, KeyActorsDocument } from "../api/actors-documents";
import { readIntermediaries, readOrgRows } from "../api/read-figures";
import {
  ORG_SORTS,
  ROLES,
  SERVER_SORT,
  intermediarySheet,
  orgSheet,
  parseBrokerSort,
  parseOrgSort,
  periodInputOfYear,
  periodOfYear,
  sortIntermediaries,
  type BrokerSort,
  type OrgSort,
} from "../lib/actor-table";
import "./key-actors.css";

/** Rows per table (the API's default page). */
export const ACTOR_ROWS = 100;

interface Props {
  params: Record<string, string>;
  onParams: (patch: Record<string, string>) => void;
  /** A row's name was clicked: the organisation (or a broker's employer) to show. */
  onPick: (id: string, select?: string) => void;
}

const fmt = (v: number | null | undefined, digits: number) => (v === null || v === undefined ? "–" : v.toFixed(digits));

export function KeyActors({ params, onParams, onPick }: Props) {
  const { t } = useTranslation();
  const sort = parseOrgSort(params.asort);
  const bsort = parseBrokerSort(params.bsort);
  const tab = params.atab === "brokers" ? "brokers" : "orgs";
  const { from, to } = periodOfYear(params.year);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: KeyActorsDocument,
    variables: { period: periodInputOfYear(params.year), sort: SERVER_SORT[sort], limit: ACTOR_ROWS },
  });
  const net = data?.networkEvaluation;
  const rows = useMemo(() => readOrgRows(net?.nodes ?? []), [net?.nodes]);
  const brokers = useMemo(
    () => sortIntermediaries(readIntermediaries(net?.intermediaries ?? []), bsort),
    [net?.intermediaries, bsort],
  );
  const brokerIds = useMemo(() => brokers.filter((b) => b.type === "Broker").map((b) => b.id), [brokers]);
  const [emp] = useQuery({
    query: BrokerEmployersDocument,
    variables: { ids: brokerIds },
    pause: tab !== "brokers" || brokerIds.length === 0,
  });
  const employers = useMemo(
    () =>
      new Map(
        (emp.data?.brokers ?? []).flatMap((b) => {
          const e = b.employers[0];
          return e && "id" in e ? [[b.id, { id: e.id, name: e.name }] as const] : [];
        }),
      ),
    [emp.data],
  );
  const typeName = (type: string) => t(`actors.types.${type}`, { defaultValue: type });
  const header = (key: OrgSort) => (
    <th key={key} title={t(`actors.hints.${key}`)} aria-sort={key === sort ? "descending" : "none"}>
      <button className="link" onClick={() => onParams({ asort: key })} data-testid={`actors-sort-${key}`}>
        {t(`actors.cols.${key}`)}
        {key === sort ? (key === "constraint" ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );
  const roleHeader = (key: BrokerSort) => (
    <th key={key} title={t(`actors.roleHints.${key}`)} aria-sort={key === bsort ? "descending" : "none"}>
      <button className="link" onClick={() => onParams({ bsort: key })} data-testid={`actors-bsort-${key}`}>
        {t(`actors.roles.${key}`)}
        {key === bsort ? " ▼" : ""}
      </button>
    </th>
  );
  return (
    <section className="actors" data-testid="key-actors">
      <div className="actors__bar">
        <h3>{t("actors.title")}</h3>
        <div role="tablist">
          {(["orgs", "brokers"] as const).map((k) => (
            <button
              key={k}
              role="tab"
              aria-selected={tab === k}
              className={tab === k ? "actors__tab actors__tab--on" : "actors__tab"}
              onClick={() => onParams({ atab: k })}
              data-testid={`actors-tab-${k}`}
            >
              {t(`actors.${k}`)}
            </button>
          ))}
        </div>
        {net && (
          <ExportBar
            view={tab === "orgs" ? `key-actors-${sort}` : "key-brokers"}
            period={periodPart(from, to)}
            table={() => (tab === "orgs" ? orgSheet(rows, t) : intermediarySheet(brokers, employers, t))}
          />
        )}
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!net || net.nodes.length === 0}
        emptyText={net && net.status === "COMPUTING" ? t("actors.computing") : t("alliance.empty")}
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      >
        {net && tab === "orgs" && (
          <>
            <p className="analysis__note">{t("actors.shown", { n: net.nodeCount, shown: net.nodes.length })}</p>
            <div className="actors__scroll">
              <table className="actors__table" data-testid="actors-orgs">
                <thead>
                  <tr>
                    <th>{t("actors.cols.rank")}</th>
                    <th>{t("export.cols.name")}</th>
                    <th>{t("export.cols.type")}</th>
                    {ORG_SORTS.map(header)}
                    <th title={t("actors.hints.community")}>{t("actors.cols.community")}</th>
                    <th title={ROLES.map((r) => `${t(`actors.roles.${r}`)}: ${t(`actors.roleHints.${r}`)}`).join("\n")}>
                      {t("actors.cols.roles")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((n) => (
                    <tr key={n.id} data-id={n.id} data-testid="actors-org-row">
                      <td className="num">{n.ranks[sort]}</td>
                      <td>
                        <button className="link" onClick={() => onPick(n.id)} data-testid="actors-pick">
                          {n.name}
                        </button>
                      </td>
                      <td>{typeName(n.type)}</td>
                      <td className="num" title={t("actors.rankOf", { rank: n.ranks.pagerank, n: net.nodeCount })}>
                        {n.pagerank.toFixed(4)}
                      </td>
                      <td className="num" title={t("actors.rankOf", { rank: n.ranks.betweenness, n: net.nodeCount })}>
                        {n.betweenness.toFixed(4)}
                      </td>
                      <td className="num" title={t("actors.rankOf", { rank: n.ranks.degree, n: net.nodeCount })}>
                        {n.degree}
                      </td>
                      <td className="num" title={t("actors.rankOf", { rank: n.ranks.constraint, n: net.nodeCount })}>
                        {fmt(n.constraint, 3)}
                      </td>
                      <td className="num" title={t("actors.rankOf", { rank: n.ranks.effectiveSize, n: net.nodeCount })}>
                        {n.effectiveSize.toFixed(1)}
                      </td>
                      <td className="num">#{n.community}</td>
                      <td>
                        {n.brokerage
                          ? ROLES.filter((r) => n.brokerage![r] > 0)
                              .map((r) => `${t(`actors.roles.${r}`)} ${n.brokerage![r]}`)
                              .join(" · ") || "0"
                          : "–"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        {net && tab === "brokers" && (
          <>
            <p className="analysis__note">{t("actors.brokersShown", { shown: brokers.length })}</p>
            <div className="actors__scroll">
              <table className="actors__table" data-testid="actors-brokers">
                <thead>
                  <tr>
                    <th>{t("actors.cols.rank")}</th>
                    <th>{t("export.cols.name")}</th>
                    <th>{t("export.cols.type")}</th>
                    <th>{t("actors.cols.employer")}</th>
                    {ROLES.map(roleHeader)}
                    {roleHeader("total")}
                  </tr>
                </thead>
                <tbody>
                  {brokers.map((b, i) => {
                    const employer = employers.get(b.id);
                    const target = b.type === "Broker" ? employer?.id : b.id;
                    return (
                      <tr key={b.id} data-id={b.id} data-testid="actors-broker-row">
                        <td className="num">{i + 1}</td>
                        <td>
                          {target ? (
                            <button className="link" onClick={() => onPick(target, b.id)}>
                              {b.name}
                            </button>
                          ) : (
                            b.name
                          )}
                        </td>
                        <td>{typeName(b.type)}</td>
                        <td>{b.type === "Broker" ? (employer?.name ?? "–") : ""}</td>
                        {ROLES.map((r) => (
                          <td key={r} className="num">
                            {b.roles[r]}
                          </td>
                        ))}
                        <td className="num">{b.roles.total}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
