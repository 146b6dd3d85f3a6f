/**
 * 年度报告: the annual white paper of a year, shown as the API renders it (the same HTML the PDF
 * prints, charts included) with downloads as HTML, PDF and XLSX. Parameter: `year`.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ViewProps } from "../../../lib/view-definition";
import { actions } from "../../../lib/explorer-store";
import { download } from "../../../lib/export/download";
import { exportFileName } from "../../../lib/export/file-name";
import "../../../lib/ui/analysis.css";
import { fetchReport, reportHtml, type ReportError, type ReportFormat } from "../api/report-files";

const FIRST_YEAR = 2019;
const FORMATS: ReportFormat[] = ["pdf", "xlsx", "html"];

/** The last full calendar year. */
export const defaultReportYear = (now = new Date()) => now.getFullYear() - 1;

function useReportHtml(year: number, attempt: number) {
  const [state, setState] = useState<{ html: string | null; error: ReportError | null; loading: boolean }>({
    html: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState({ html: null, error: null, loading: true });
    reportHtml(year)
      .then((html) => live && setState({ html, error: null, loading: false }))
      .catch((e: unknown) => live && setState({ html: null, error: e as ReportError, loading: false }));
    return () => {
      live = false;
    };
  }, [year, attempt]);
  return state;
}

export function ReportView({ params }: ViewProps) {
  const { t } = useTranslation();
  const latest = defaultReportYear();
  const year = Math.min(latest + 1, Math.max(FIRST_YEAR, Number(params.year) || latest));
  const [attempt, setAttempt] = useState(0);
  const { html, error, loading } = useReportHtml(year, attempt);
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [fileError, setFileError] = useState<ReportError | null>(null);
  const explain = (e: ReportError) =>
    e.status === 0 ? t("report.apiDown") : e.status === 503 ? t("report.busy") : `${t("report.failed")} ${e.message}`;
  const save = async (format: ReportFormat) => {
    setBusy(format);
    setFileError(null);
    try {
      download(await fetchReport(year, format), exportFileName("annual-report", String(year), format));
    } catch (e) {
      setFileError(e as ReportError);
    } finally {
      setBusy(null);
    }
  };
  const years = Array.from({ length: latest + 2 - FIRST_YEAR }, (_, i) => latest + 1 - i);
  return (
    <div className="analysis" data-testid="report-view">
      <div className="analysis__header">
        <h2>{t("report.title")}</h2>
        <label>
          {t("report.year")}
          <select
            value={year}
            onChange={(e) => actions.openView("report", { year: e.target.value })}
            data-testid="report-year"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <span className="export-bar" role="group" aria-label={t("report.download")}>
          {FORMATS.map((f) => (
            <button
              key={f}
              type="button"
              disabled={busy !== null}
              onClick={() => void save(f)}
              data-testid={`report-download-${f}`}
            >
              {t("report.download")} {f.toUpperCase()}
            </button>
          ))}
        </span>
        {busy && (
          <span className="muted" role="status">
            {t("report.downloading", { format: busy.toUpperCase() })}
          </span>
        )}
        {fileError && (
          <span className="export-bar__error" role="alert">
            {explain(fileError)}
          </span>
        )}
      </div>
      <div className="analysis__body report__body">
        {loading && (
          <div className="analysis-state" role="status" data-testid="view-loading">
            {t("report.generating", { year })}
          </div>
        )}
        {error && (
          <div className="analysis-state analysis-state--error" role="alert" data-testid="view-error">
            {explain(error)}{" "}
            <button onClick={() => setAttempt((a) => a + 1)} data-testid="view-retry">
              {t("report.retry")}
            </button>
          </div>
        )}
        {html && (
          <iframe
            className="report__frame"
            title={t("report.frame", { year })}
            srcDoc={html}
            sandbox="allow-scripts"
            data-testid="report-frame"
          />
        )}
        <p className="analysis__note">
          {t("report.hint")} <code>npx ttgraph report --year {year} --format pdf</code>
        </p>
      </div>
    </div>
  );
}
