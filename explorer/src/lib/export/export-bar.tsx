/**
 * The export buttons of an analysis view: its chart as PNG and SVG, its table as CSV and XLSX,
 * named after the view, the period and the date. A view passes only what it shows; buttons for
 * what it lacks are not drawn.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Sheet } from "../../../../presentation/tables/sheet";
import { download } from "./download";
import { downloadCsv, downloadSvg, downloadXlsx, svgToPng, type ChartPicture } from "./export-files";
import { exportFileName } from "./file-name";

export interface ExportBarProps {
  /** View id used in file names (e.g. "conversion"). */
  view: string;
  /** Period part of file names (see periodPart). */
  period: string;
  chart?: () => ChartPicture | null;
  table?: () => Sheet | null;
}

export function ExportBar({ view, period, chart, table }: ExportBarProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = (f: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const name = (ext: string) => exportFileName(view, period, ext);
  const picture = () => {
    const p = chart?.();
    if (!p) throw new Error(t("export.nothing"));
    return p;
  };
  const sheet = () => {
    const s = table?.();
    if (!s) throw new Error(t("export.nothing"));
    return s;
  };
  return (
    <span className="export-bar" role="group" aria-label={t("export.label")} data-testid="view-export">
      {chart && (
        <>
          <button
            type="button"
            onClick={run(async () => download(await svgToPng(picture()), name("png")))}
            data-testid="view-export-png"
          >
            PNG
          </button>
          <button type="button" onClick={run(() => downloadSvg(picture(), name("svg")))} data-testid="view-export-svg">
            SVG
          </button>
        </>
      )}
      {table && (
        <>
          <button type="button" onClick={run(() => downloadCsv(sheet(), name("csv")))} data-testid="view-export-csv">
            CSV
          </button>
          <button
            type="button"
            onClick={run(() => downloadXlsx([sheet()], name("xlsx"), `TTGraph ${view} ${period}`))}
            data-testid="view-export-xlsx"
          >
            XLSX
          </button>
        </>
      )}
      {error && (
        <span className="export-bar__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
