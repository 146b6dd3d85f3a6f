/**
 * GET /reports/annual/<year>.<html|pdf|xlsx>: the annual white paper for the explorer and for
 * anyone with a browser. Checks before any work: the year and format (400), the caller's token
 * (401 for a bad one; the alliance's gap chains only with that role) and how many reports this
 * process is already rendering (REPORT_CONCURRENCY; 503 with Retry-After beyond it). `?download=1`
 * asks for an attachment named after the report and the date.
 */
import { Router, type Request, type Response } from "express";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { createContext } from "../auth/index.js";
import type { Config } from "../config.js";
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { buildAnnualReport } from "../graph/report/annual-report.js";
import { loadKpiTargets } from "../graph/kpi/kpi-targets.js";
import { MAX_YEAR, MIN_YEAR } from "../graph/common/period.js";
import { CONTENT_TYPES, isReportFormat, renderReport, REPORT_FORMATS } from "./render-report.js";

export const REPORT_PATH = "/reports/annual";

const problem = (res: Response, status: number, message: string) => res.status(status).json({ error: message });

function today(): string {
  return new Date().toISOString().slice(0, 10).replace(/-/g, "");
}

export function reportRouter(driver: Driver, config: Config, log: Logger): Router {
  const router = Router();
  let running = 0;
  router.get(`${REPORT_PATH}/:file`, async (req: Request, res: Response) => {
    const match = /^(\d{4})\.([a-z]+)$/.exec(String(req.params.file));
    const year = Number(match?.[1]);
    const format = match?.[2] ?? "";
    if (!match || year < MIN_YEAR || year > MAX_YEAR)
      return problem(
        res,
        400,
        `year: expected a file name such as 2025.pdf (a year between ${MIN_YEAR} and ${MAX_YEAR})`,
      );
    if (!isReportFormat(format)) return problem(res, 400, `format: expected one of ${REPORT_FORMATS.join(", ")}`);
    const context = await createContext(req.headers.authorization, config, driver).catch(() => null);
    if (context === null) return problem(res, 401, "the token in the Authorization header is not valid");
    if (running >= config.REPORT_CONCURRENCY) {
      res.setHeader("Retry-After", "10");
      return problem(res, 503, "another report is being generated; retry in a few seconds");
    }
    running++;
    const started = performance.now();
    try {
      // the alliance's gap chains only for callers with the alliance role (the request context's roles)
      const report = await buildAnnualReport(context.request, year, {
        kpiTargets: loadKpiTargets(config.KPI_TARGETS_FILE),
        analytics: analyticsService(driver, config),
      });
      const bytes = await renderReport(report, format, { chromiumPath: config.CHROMIUM_PATH });
      res.setHeader("Content-Type", CONTENT_TYPES[format]);
      res.setHeader("Cache-Control", "no-store");
      if (req.query.download === "1")
        res.setHeader(
          "Content-Disposition",
          `attachment; filename="ttgraph-annual-report-${year}-${today()}.${format}"`,
        );
      res.send(Buffer.from(bytes));
      log.info({ year, format, ms: Math.round(performance.now() - started) }, "annual report rendered");
    } catch (e) {
      log.error({ err: e, year, format }, "annual report failed");
      const code = (e as { extensions?: { code?: string } }).extensions?.code ?? (e as { code?: string }).code;
      problem(
        res,
        code === "QUERY_TIMEOUT" ? 504 : 500,
        code === "QUERY_TIMEOUT"
          ? "the report took too long to compute; retry, or ask the administrator to raise QUERY_TIMEOUT_MS"
          : "the report could not be generated; the server log has the details",
      );
    } finally {
      running--;
    }
  });
  return router;
}
