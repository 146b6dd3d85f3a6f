/**
 * The selected organisation's network figures in the details panel — PageRank, betweenness,
 * partners, constraint, effective size, community and brokerage roles, each with its rank among
 * all organisations of the period — for the period the alliance view shows (all dates elsewhere).
 */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { NodeDocument } from "../../../lib/api/explore-documents";
import { readNode } from "../../../lib/api/explore-fragments";
import { useExplorer } from "../../../lib/explorer-store";
import { NetworkNodeFiguresDocument } from "../api/actors-documents";
import { readFigures } from "../api/read-figures";
import { ROLES, periodInputOfYear } from "../lib/actor-table";

const ORGANISATIONS = new Set(["Agency", "Institution", "Enterprise", "Lab"]);

export function NetworkFigures() {
  const { t } = useTranslation();
  const id = useExplorer((s) => s.selection[s.selection.length - 1]);
  const year = useExplorer((s) => (s.view === "alliance" ? s.viewParams.year : undefined));
  // The details panel asks the same: served from the cache.
  const [node] = useQuery({ query: NodeDocument, variables: { id: id ?? "" }, pause: !id });
  const type = node.data?.node ? readNode(node.data.node).type : undefined;
  const isOrg = type !== undefined && ORGANISATIONS.has(type);
  const [{ data }] = useQuery({
    query: NetworkNodeFiguresDocument,
    variables: { id: id ?? "", period: periodInputOfYear(year) },
    pause: !id || !isOrg,
  });
  if (!isOrg || !data) return null;
  const n = data.networkNode ? readFigures(data.networkNode) : null;
  const total = data.networkEvaluation.nodeCount;
  const title = t("actors.figures", { period: year || t("actors.allDates") });
  if (!n)
    return (
      <section data-testid="details-network">
        <h3>{title}</h3>
        <p className="muted">{t("actors.notInNetwork")}</p>
      </section>
    );
  const rank = (r: number) => <span className="muted"> {t("actors.rankOf", { rank: r, n: total })}</span>;
  const rows: [string, string, string, number | null][] = [
    ["pagerank", t("actors.cols.pagerank"), n.pagerank.toFixed(4), n.ranks.pagerank],
    ["betweenness", t("actors.cols.betweenness"), n.betweenness.toFixed(4), n.ranks.betweenness],
    ["degree", t("actors.cols.degree"), String(n.degree), n.ranks.degree],
    ["constraint", t("actors.cols.constraint"), n.constraint?.toFixed(3) ?? "–", n.ranks.constraint],
    ["effectiveSize", t("actors.cols.effectiveSize"), n.effectiveSize.toFixed(1), n.ranks.effectiveSize],
    ["community", t("actors.cols.community"), `#${n.community}`, null],
  ];
  return (
    <section data-testid="details-network">
      <h3>{title}</h3>
      <dl>
        {rows.map(([key, label, value, r]) => (
          <div
            key={key}
            className="details__row"
            title={t(`actors.hints.${key}`)}
            data-testid={`details-network-${key}`}
          >
            <dt>{label}</dt>
            <dd>
              {value}
              {r !== null && rank(r)}
            </dd>
          </div>
        ))}
        {n.brokerage && (
          <div className="details__row">
            <dt>{t("actors.cols.roles")}</dt>
            <dd>
              {ROLES.filter((r) => n.brokerage![r] > 0)
                .map((r) => `${t(`actors.roles.${r}`)} ${n.brokerage![r]}`)
                .join(" · ") || "0"}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
