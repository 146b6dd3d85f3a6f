/**
 * Alliance network (联盟网络): the collaboration network of organisations (network evaluation)
 * of a period. It opens as communities (one node per Louvain community, sized by members); a
 * click on one opens it into its organisations, coloured by community, sized by a chosen
 * centrality (the shown organisations are the top ones by that centrality, so the biggest value
 * is the biggest node), alliance members outlined and members with partner gaps marked (gaps
 * need role alliance; without it the rest still shows). "All organisations" shows the top ones of
 * the whole network instead. Below, the key actors table; a name there (or in the gap list)
 * selects and centres the organisation, opening its community when it is closed.
 * Parameters: `alliance` (default: the first alliance of kind ALLIANCE), `year` (empty: all
 * dates), `mode` (communities | orgs), `community` (the open one), `size`, `focus`, and the key
 * actor table's `asort`, `bsort`, `atab`.
 */
import { useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../lib/view-definition";
import { exposedCytoscapePicture } from "../../../lib/charts/chart-picture";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { periodPart } from "../../../lib/export/file-name";
import { QueryState, isAuthError } from "../../../lib/ui/query-state";
import { storedToken } from "../../../lib/urql/auth-exchange";
import "../../../lib/ui/analysis.css";
import { NetworkNodeFiguresDocument } from "../api/actors-documents";
import { readFigures } from "../api/read-figures";
import { KeyActors } from "./key-actors";
import { periodInputOfYear, periodOfYear } from "../lib/actor-table";
import { readCommunities, readDrawing } from "../api/read-drawing";
import {
  AllianceCommunityDocument,
  AllianceGapsDocument,
  AllianceMembersDocument,
  AllianceNetworkDocument,
} from "../api/alliance-documents";
import { chainsText, communityElements, type CommunityLabelParts } from "../lib/community-elements";
import { SIZE_BY, communityColor, networkElements, type SizeBy } from "../lib/network-elements";
import { NetworkCanvas } from "./network-canvas";
import { SizeLegend } from "./size-legend";

const SHOWN = 150;
const SORT_OF: Record<SizeBy, "PAGERANK" | "BETWEENNESS" | "DEGREE"> = {
  pagerank: "PAGERANK",
  betweenness: "BETWEENNESS",
  degree: "DEGREE",
};
const FIRST_YEAR = 2019;
/** How often a view waiting for the analytics run asks again. */
const RECHECK_MS = 2000;

export function AllianceView({ params }: ViewProps) {
  const { t } = useTranslation();
  const sizeBy: SizeBy = (SIZE_BY as readonly string[]).includes(params.size ?? "")
    ? (params.size as SizeBy)
    : "pagerank";
  const mode = params.mode === "orgs" ? "orgs" : "communities";
  const period = periodInputOfYear(params.year);
  const shown = periodOfYear(params.year); // the same period as dates, for file names
  const openCommunity =
    mode === "communities" && /^\d+$/.test(params.community ?? "") ? Number(params.community) : undefined;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AllianceNetworkDocument,
    variables: { period, sort: mode === "orgs" ? SORT_OF[sizeBy] : "PAGERANK", limit: SHOWN, edgeLimit: 600 },
  });
  const [opened] = useQuery({
    query: AllianceCommunityDocument,
    variables: { community: openCommunity ?? 0, period, sort: SORT_OF[sizeBy], limit: SHOWN },
    pause: openCommunity === undefined,
  });
  const net = useMemo(
    () =>
      data && {
        ...readDrawing(data.networkEvaluation),
        communities: readCommunities(data.networkEvaluation.communities),
      },
    [data],
  );
  const orgs = useMemo(
    () =>
      mode === "orgs"
        ? net
        : openCommunity !== undefined && opened.data
          ? readDrawing(opened.data.networkEvaluation)
          : undefined,
    [mode, openCommunity, net, opened.data],
  );
  // A focus (a table or list click, or a link) that is not drawn once the drawing has loaded:
  // open its community.
  const focusMissing =
    !!params.focus &&
    (mode === "communities" && openCommunity === undefined
      ? true
      : orgs !== undefined && !orgs.nodes.some((n) => n.id === params.focus));
  const [focusFigures] = useQuery({
    query: NetworkNodeFiguresDocument,
    variables: { id: params.focus ?? "", period },
    pause: !focusMissing,
  });
  const focusCommunity = focusFigures.data?.networkNode
    ? readFigures(focusFigures.data.networkNode).community
    : undefined;
  useEffect(() => {
    if (focusMissing && focusCommunity !== undefined && focusCommunity !== openCommunity)
      actions.openView("alliance", { ...params, mode: "communities", community: String(focusCommunity) });
  }, [focusMissing, focusCommunity, openCommunity, params]);
  const allianceId = params.alliance ?? data?.alliances.find((a) => a.kind === "ALLIANCE")?.id;
  // Organisations named anywhere in the view (drawn, or top of the network): member and gap marks.
  const known = useMemo(
    () => new Map([...(net?.nodes ?? []), ...(orgs?.nodes ?? [])].map((n) => [n.id, n])),
    [net, orgs],
  );
  const shownIds = useMemo(() => [...known.keys()], [known]);
  const [members] = useQuery({
    query: AllianceMembersDocument,
    variables: { id: allianceId ?? "", ids: [allianceId ?? "", ...shownIds] },
    pause: !allianceId || shownIds.length === 0,
  });
  // Member gaps need the alliance role: without a token the view says so instead of asking (an
  // anonymous request is refused with 401, an error in the browser's console on every open).
  const signedIn = storedToken() !== null;
  const [gaps] = useQuery({
    query: AllianceGapsDocument,
    variables: { allianceId: allianceId ?? null },
    pause: !allianceId || !signedIn,
  });
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
  const communityLabel = useCallback(
    (c: CommunityLabelParts) => t(c.chains ? "alliance.communityLabel" : "alliance.communityLabelNoChains", { ...c }),
    [t],
  );
  const elements = useMemo(() => {
    const orgElements = orgs ? networkElements(orgs, { sizeBy, members: memberIds, gaps: gapDeals }) : [];
    if (mode === "orgs" || !net) return orgElements;
    return [...communityElements(net, { open: openCommunity, label: communityLabel }), ...orgElements];
  }, [orgs, net, mode, openCommunity, sizeBy, memberIds, gapDeals, communityLabel]);
  const open = (patch: Record<string, string>) => actions.openView("alliance", { ...params, ...patch });
  const onOpenCommunity = useCallback(
    (c: number) => actions.openView("alliance", { ...params, mode: "communities", community: String(c) }),
    [params],
  );
  const pick = (id: string, select?: string) => {
    actions.select([select ?? id]);
    open({ focus: id });
  };
  const legend = (() => {
    const orgValues = (orgs?.nodes ?? []).map((n) => n[sizeBy]);
    const fmt = (v: number) => (sizeBy === "degree" ? String(v) : v.toFixed(4));
    if (orgValues.length > 0)
      return {
        title: t("alliance.legendOrgs", { measure: t(`alliance.sizes.${sizeBy}`) }),
        lo: fmt(Math.min(...orgValues)),
        hi: fmt(Math.max(...orgValues)),
      };
    const sizes = (net?.communities ?? []).map((c) => c.size);
    return sizes.length > 0
      ? { title: t("alliance.legendCommunities"), lo: String(Math.min(...sizes)), hi: String(Math.max(...sizes)) }
      : null;
  })();
  const latest = new Date().getFullYear();
  const years = Array.from({ length: latest + 1 - FIRST_YEAR }, (_, i) => String(latest - i));
  const shownGaps = [...known.values()]
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
          {t("actors.period")}
          <select
            value={params.year ?? ""}
            onChange={(e) => open({ year: e.target.value, community: "" })}
            data-testid="alliance-year"
          >
            {[["", t("actors.allDates")], ...years.map((y) => [y, y])].map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <span role="group" className="alliance__mode">
          <button
            aria-pressed={mode === "communities"}
            onClick={() => open({ mode: "communities", community: "", focus: "" })}
            data-testid="alliance-mode-communities"
          >
            {t("alliance.modeCommunities")}
          </button>
          <button
            aria-pressed={mode === "orgs"}
            onClick={() => open({ mode: "orgs", focus: "" })}
            data-testid="alliance-mode-orgs"
          >
            {t("alliance.modeOrgs")}
          </button>
        </span>
        <label>
          {t("alliance.sizeBy")}
          <select
            value={sizeBy}
            onChange={(e) => open({ size: e.target.value, ...(mode === "orgs" ? { focus: "" } : {}) })}
            data-testid="alliance-size"
          >
            {SIZE_BY.map((s) => (
              <option key={s} value={s}>
                {t(`alliance.sizes.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {net && (
          <span className="analysis__summary" data-testid="alliance-stats">
            {t(orgs ? "alliance.stats" : "alliance.statsCommunities", {
              nodes: net.nodeCount,
              shown: orgs?.nodes.length ?? 0,
              edges: net.edgeCount,
              communities: net.communityCount,
              modularity: net.modularity.toFixed(2),
            })}
          </span>
        )}
        {net && (
          <ExportBar
            view="alliance"
            period={periodPart(shown.from, shown.to)}
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
              rows: (orgs?.nodes ?? []).map((n) => [
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
          <div className="alliance__main">
            <NetworkCanvas elements={elements} focus={params.focus} onOpenCommunity={onOpenCommunity} />
            <KeyActors params={params} onParams={open} onPick={pick} />
          </div>
          <aside className="alliance__side">
            {mode === "communities" && (
              <p className="analysis__note" data-testid="alliance-community-hint">
                {openCommunity === undefined
                  ? t("alliance.communityHint")
                  : t("alliance.communityOpen", { id: openCommunity, shown: orgs?.nodes.length ?? 0 })}
              </p>
            )}
            {legend && <SizeLegend {...legend} />}
            <h3>{t("alliance.communities")}</h3>
            <ul className="alliance__communities" data-testid="alliance-communities">
              {(net?.communities ?? []).slice(0, 10).map((c) => (
                <li
                  key={c.id}
                  data-testid="alliance-community"
                  title={
                    c.dominantChains.length
                      ? t("alliance.communityChains", {
                          chains: chainsText(c.dominantChains, c.dominantChains.length),
                          deals: c.deals.toLocaleString(),
                        })
                      : t("alliance.communityNoChains", { deals: c.deals.toLocaleString() })
                  }
                >
                  <span className="type-dot" style={{ background: communityColor(c.id) }} />
                  <button className="link" onClick={() => onOpenCommunity(c.id)}>
                    <strong>#{c.id}</strong>
                  </button>{" "}
                  ({c.size}) {chainsText(c.dominantChains)}
                  {c.dominantChains.length > 0 && " — "}
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
            {!signedIn || isAuthError(gaps.error) ? (
              <p className="analysis__note" data-testid="alliance-gaps-auth">
                {t("alliance.noGapsAuth")} <code>npx ttgraph token --role alliance</code>
              </p>
            ) : (
              <ul className="alliance__gaps" data-testid="alliance-gaps">
                {shownGaps.slice(0, 12).map((n) => (
                  <li key={n.id}>
                    <button className="link" onClick={() => pick(n.id)}>
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
