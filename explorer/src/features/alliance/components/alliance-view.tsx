/**
 * Alliance network (联盟网络): the collaboration network of organisations (network evaluation),
 * coloured by Louvain community, sized by a chosen centrality, alliance members outlined and
 * members with partner gaps marked (gaps need role alliance; without it the rest still shows).
 * Parameters: `alliance` (default: the first alliance of kind ALLIANCE), `size`, `focus`.
 */
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../lib/view-definition";
import { exposedCytoscapePicture } from "../../../lib/charts/chart-picture";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { QueryState, isAuthError } from "../../../lib/ui/query-state";
import "../../../lib/ui/analysis.css";
import { AllianceGapsDocument, AllianceMembersDocument, AllianceNetworkDocument } from "../api/alliance-documents";
import { SIZE_BY, communityColor, networkElements, type SizeBy } from "../lib/network-elements";
import { NetworkCanvas } from "./network-canvas";

const SHOWN = 150;
/** How often a view waiting for the analytics run asks again. */
const RECHECK_MS = 2000;

export function AllianceView({ params }: ViewProps) {
  const { t } = useTranslation();
  const sizeBy: SizeBy = (SIZE_BY as readonly string[]).includes(params.size ?? "")
    ? (params.size as SizeBy)
    : "pagerank";
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AllianceNetworkDocument,
    variables: { sort: "PAGERANK", limit: SHOWN, edgeLimit: 600 },
  });
  const allianceId = params.alliance ?? data?.alliances.find((a) => a.kind === "ALLIANCE")?.id;
  const shownIds = useMemo(() => (data?.networkEvaluation.nodes ?? []).map((n) => n.id), [data]);
  const [members] = useQuery({
    query: AllianceMembersDocument,
    variables: { id: allianceId ?? "", ids: [allianceId ?? "", ...shownIds] },
    pause: !allianceId || shownIds.length === 0,
  });
  const [gaps] = useQuery({
    query: AllianceGapsDocument,
    variables: { allianceId: allianceId ?? null },
    pause: !allianceId,
  });
  const net = data?.networkEvaluation;
  // Figures not stored yet (or of the previous data): ask again until the run has stored them.
  const pending = net !== undefined && net.status !== "READY";
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => refetch({ requestPolicy: "network-only" }), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [pending, net, refetch]);
  const memberIds = useMemo(
    () =>
      new Set(
        (members.data?.ties.edges ?? [])
          .filter((e) => e.type === "MEMBER_OF" && e.target === allianceId)
          .map((e) => e.source),
      ),
    [members.data, allianceId],
  );
  const gapDeals = useMemo(
    () =>
      new Map(
        (gaps.data?.memberGaps ?? []).map((g) => [g.memberId, g.uncoveredChains.reduce((a, c) => a + c.deals, 0)]),
      ),
    [gaps.data],
  );
  const elements = useMemo(
    () => (net ? networkElements(net, { sizeBy, members: memberIds, gaps: gapDeals }) : []),
    [net, sizeBy, memberIds, gapDeals],
  );
  const open = (patch: Record<string, string>) => actions.openView("alliance", { ...params, ...patch });
  const shownGaps = (net?.nodes ?? [])
    .filter((n) => (gapDeals.get(n.id) ?? 0) > 0)
    .sort((a, b) => (gapDeals.get(b.id) ?? 0) - (gapDeals.get(a.id) ?? 0));
  return (
    <div className="analysis" data-testid="alliance-view">
      <div className="analysis__header">
        <h2>{t("alliance.title")}</h2>
        <label>
          {t("alliance.alliance")}
          <select value={allianceId ?? ""} onChange={(e) => open({ alliance: e.target.value })}>
            {(data?.alliances ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("alliance.sizeBy")}
          <select value={sizeBy} onChange={(e) => open({ size: e.target.value })}>
            {SIZE_BY.map((s) => (
              <option key={s} value={s}>
                {t(`alliance.sizes.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {net && (
          <span className="analysis__summary" data-testid="alliance-stats">
            {t("alliance.stats", {
              nodes: net.nodeCount,
              shown: net.nodes.length,
              edges: net.edgeCount,
              communities: net.communityCount,
              modularity: net.modularity.toFixed(2),
            })}
          </span>
        )}
        {net && (
          <ExportBar
            view="alliance"
            period=""
            chart={() => exposedCytoscapePicture("alliance")}
            table={() => ({
              name: "alliance",
              columns: [
                { header: t("export.cols.id") },
                { header: t("export.cols.name"), width: 30 },
                { header: t("export.cols.type") },
                { header: t("export.cols.community") },
                { header: t("export.cols.pagerank"), numFmt: "0.0000" },
                { header: t("export.cols.degree") },
                { header: t("export.cols.member") },
                { header: t("export.cols.gapDeals") },
              ],
              rows: net.nodes.map((n) => [
                n.id,
                n.name,
                n.type,
                n.community + 1,
                n.pagerank,
                n.degree,
                memberIds.has(n.id),
                gapDeals.get(n.id) ?? 0,
              ]),
            })}
          />
        )}
      </div>
      {net?.status === "STALE" && (
        <p className="analysis__note" data-testid="alliance-stale">
          {t("alliance.stale")}
        </p>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        empty={!net || net.nodes.length === 0}
        emptyText={
          net?.status === "COMPUTING"
            ? t("alliance.computing", {
                phase: net.progress?.phase ?? "…",
                done: net.progress?.done ?? 0,
                total: net.progress?.total ?? "?",
              })
            : t("alliance.empty")
        }
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      >
        <div className="alliance__body">
          <NetworkCanvas elements={elements} focus={params.focus} />
          <aside className="alliance__side">
            <h3>{t("alliance.communities")}</h3>
            <ul className="alliance__communities" data-testid="alliance-communities">
              {(net?.communities ?? []).slice(0, 10).map((c) => (
                <li key={c.id}>
                  <span className="type-dot" style={{ background: communityColor(c.id) }} />
                  <strong>#{c.id}</strong> ({c.size}){" "}
                  {c.topMembers
                    .slice(0, 2)
                    .map((m) => m.name)
                    .join("、")}
                </li>
              ))}
            </ul>
            <p className="analysis__note" data-testid="alliance-members">
              {t("alliance.membersShown", {
                n: (members.data?.count.total ?? 0).toLocaleString(),
                shown: memberIds.size,
              })}
            </p>
            <h3>{t("alliance.gapMembers")}</h3>
            {isAuthError(gaps.error) ? (
              <p className="analysis__note" data-testid="alliance-gaps-auth">
                {t("alliance.noGapsAuth")} <code>npx ttgraph token --role alliance</code>
              </p>
            ) : (
              <ul className="alliance__gaps" data-testid="alliance-gaps">
                {shownGaps.slice(0, 12).map((n) => (
                  <li key={n.id}>
                    <button className="link" onClick={() => open({ focus: n.id })}>
                      {n.name}
                    </button>{" "}
                    <span className="muted">{t("alliance.gapDeals", { n: gapDeals.get(n.id) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </aside>
        </div>
      </QueryState>
    </div>
  );
}
