/**
 * The white paper in one of its formats, with the file name it is saved under. HTML is the
 * source of the PDF; XLSX holds every table as a sheet.
 */
import ExcelJS from "exceljs";
import { workbookBytes } from "../../../presentation/tables/workbook.js";
import type { AnnualReport } from "../graph/report/report-types.js";
import { renderReportHtml, reportTitle } from "./report-html.js";
import { renderReportPdf } from "./report-pdf.js";
import { reportSheets } from "./report-sheets.js";

export const REPORT_FORMATS = ["html", "pdf", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const isReportFormat = (s: string): s is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(s);

/** `ttgraph-annual-report-2025.pdf` */
export const reportFileName = (year: number, format: ReportFormat): string => `ttgraph-annual-report-${year}.${format}`;

export async function renderReport(
  report: AnnualReport,
  format: ReportFormat,
  options: { chromiumPath: string },
): Promise<Uint8Array> {
  if (format === "xlsx") return workbookBytes(ExcelJS, reportSheets(report), reportTitle(report.year));
  const html = renderReportHtml(report);
  if (format === "html") return new TextEncoder().encode(html);
  return renderReportPdf(html, report.year, options.chromiumPath);
}
