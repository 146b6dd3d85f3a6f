/**
 * Partner gaps (合作缺口, role alliance): a chain × member matrix of deals members handled in
 * chains no partner member covers, gap chains flagged, and for a chosen member the suggested
 * partners with their reasons. Parameters `alliance`, `org` (member whose suggestions are shown).
 * Without an alliance token the view asks for one (see TokenSignIn). The matrix says how many
 * members the API returned (and when that is its cap) and shows them a page at a time.
 */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ViewProps } from "../../../lib/view-definition";
import { actions } from "../../../lib/explorer-store";
import { ExportBar } from "../../../lib/export/export-bar";
import { Pager } from "../../../lib/ui/pager";
import { QueryState, isAuthError } from "../../../lib/ui/query-state";
import { TokenSignIn } from "../../../lib/ui/token-sign-in";
import "../../../lib/ui/analysis.css";
import { AlliancesDocument, GapMatrixDocument } from "../api/gaps-documents";
import { cellColor, gapMatrix } from "../lib/gap-matrix";
import { PartnerSuggestions } from "./partner-suggestions";

/** Members asked of the API: its MAX_PAGE_SIZE by default (it says no total, so a full answer may be cut). */
export const MEMBER_LIMIT = 500;
/** Matrix rows per page. */
export const ROWS_PER_PAGE = 50;

export function GapsView({ params }: ViewProps) {
  const { t } = useTranslation();
  const [epoch, setEpoch] = useState(0); // bumped after sign-in so queries run again with the token
  const [page, setPage] = useState(0);
  const [alliances] = useQuery({ query: AlliancesDocument });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GapMatrixDocument,
    variables: { allianceId: params.alliance ?? null, memberLimit: MEMBER_LIMIT },
    context: useMemo(() => ({ epoch }), [epoch]),
  });
  const matrix = useMemo(() => (data ? gapMatrix(data.partnerGaps, data.memberGaps) : null), [data]);
  const chosen = params.org ? matrix?.rows.find((r) => r.memberId === params.org) : undefined;
  const total = matrix?.rows.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / ROWS_PER_PAGE));
  const at = Math.min(page, pages - 1);
  const shown = matrix?.rows.slice(at * ROWS_PER_PAGE, (at + 1) * ROWS_PER_PAGE) ?? [];
  const again = () => {
    setEpoch((e) => e + 1);
    refetch({ requestPolicy: "network-only" });
  };
  const open = (patch: Record<string, string | undefined>) =>
    actions.openView(
      "gaps",
      Object.fromEntries(Object.entries({ ...params, ...patch }).filter(([, v]) => v)) as Record<string, string>,
    );
  return (
    <div className="analysis" data-testid="gaps-view">
      <div className="analysis__header">
        <h2>{t("gaps.title")}</h2>
        <label>
          {t("gaps.alliance")}
          <select
            value={params.alliance ?? ""}
            onChange={(e) => open({ alliance: e.target.value || undefined, org: undefined })}
          >
            <option value="">{t("gaps.allAlliances")}</option>
            {(alliances.data?.alliances ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        {!isAuthError(error) && <TokenSignIn compact onChange={again} />}
        {matrix && (
          <ExportBar
            view="gaps"
            period={params.alliance ?? ""}
            table={() => ({
              name: "gaps",
              columns: [
                { header: t("export.cols.id") },
                { header: t("export.cols.name"), width: 30 },
                { header: t("export.cols.type") },
                ...matrix.columns.map((c) => ({ header: `${c.name}${c.gap ? " ■" : ""}` })),
              ],
              rows: matrix.rows.map((r) => [
                r.memberId,
                r.name,
                r.type,
                ...matrix.columns.map((c) => r.cells[c.chainId] ?? 0),
              ]),
            })}
          />
        )}
      </div>
      <div className="analysis__body">
        {isAuthError(error) ? (
          <TokenSignIn onChange={again} />
        ) : (
          <QueryState
            fetching={fetching}
            error={error}
            empty={!matrix || matrix.rows.length === 0}
            emptyText={t("gaps.noGaps")}
            onRetry={again}
          >
            {matrix && (
              <>
                <p className="analysis__note">
                  {t("gaps.matrix")} · <span className="gap-flag">■</span> {t("gaps.gapChain")}
                </p>
                <Pager
                  testId="gap"
                  range={
                    <span data-testid="gap-total">
                      {t(total >= MEMBER_LIMIT ? "gaps.totalCapped" : "gaps.total", {
                        total: total.toLocaleString(),
                        from: at * ROWS_PER_PAGE + 1,
                        to: at * ROWS_PER_PAGE + shown.length,
                      })}
                    </span>
                  }
                  onPrev={at > 0 ? () => setPage(at - 1) : null}
                  onNext={at < pages - 1 ? () => setPage(at + 1) : null}
                />
                <div className="gap-matrix__wrap">
                  <table className="gap-matrix" data-testid="gap-matrix">
                    <thead>
                      <tr>
                        <th className="gap-matrix__corner">{t("gaps.member")}</th>
                        {matrix.columns.map((c) => (
                          <th
                            key={c.chainId}
                            className={c.gap ? "gap-matrix__chain gap-matrix__chain--gap" : "gap-matrix__chain"}
                            title={`${c.name}: ${t("gaps.supply", { n: c.supply })}, ${t("gaps.demand", { n: c.demand })}, ${t("gaps.intermediaries", { n: c.intermediaries })}`}
                          >
                            <span>{c.name}</span>
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((r) => (
                        <tr
                          key={r.memberId}
                          className={r.memberId === params.org ? "gap-matrix__row--focus" : undefined}
                        >
                          <th scope="row">
                            <button className="link" onClick={() => open({ org: r.memberId })} data-testid="gap-member">
                              {r.name}
                            </button>
                            <span className="muted">
                              {" "}
                              · {t("gaps.partners")} {r.partners}
                            </span>
                          </th>
                          {matrix.columns.map((c) => {
                            const v = r.cells[c.chainId] ?? 0;
                            return (
                              <td
                                key={c.chainId}
                                style={{ background: cellColor(v, matrix.max) }}
                                title={v ? `${r.name} · ${c.name}: ${v}` : undefined}
                              >
                                {v || ""}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {params.org ? (
                  <PartnerSuggestions
                    orgId={params.org}
                    name={chosen?.name ?? params.org}
                    onClose={() => open({ org: undefined })}
                  />
                ) : (
                  <p className="analysis__note">{t("gaps.pickMember")}</p>
                )}
              </>
            )}
          </QueryState>
        )}
      </div>
    </div>
  );
}
