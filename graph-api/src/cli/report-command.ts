/**
 * `ttgraph report --year Y [--out file] [--format html|pdf|xlsx]` — write the annual white paper
 * of a year from the graph, showing each step on the terminal (a bar on a TTY, one line per step
 * otherwise). The format defaults to the --out file's extension, else PDF.
 */
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import cliProgress from "cli-progress";
import { type Command, InvalidArgumentError } from "commander";
import type { Config } from "../config.js";
import { withDriver } from "../db/with-driver.js";
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { requestContextOf } from "../db/request-context.js";
import { buildAnnualReport } from "../graph/report/annual-report.js";
import { loadKpiTargets } from "../graph/kpi/kpi-targets.js";
import { MAX_YEAR, MIN_YEAR } from "../graph/common/period.js";
import {
  isReportFormat,
  renderReport,
  reportFileName,
  REPORT_FORMATS,
  type ReportFormat,
} from "../white-paper/render-report.js";
import { analyzeInChild } from "./analyze-child.js";
import { failCleanly } from "./fail-cleanly.js";

/** Report queries scan a year of deals each: a terminal run may take longer than a request. */
const CLI_QUERY_TIMEOUT_MS = 120_000;

function yearArg(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR)
    throw new InvalidArgumentError(`a year such as 2025 (from ${MIN_YEAR} to ${MAX_YEAR})`);
  return year;
}

function formatArg(value: string): ReportFormat {
  if (!isReportFormat(value)) throw new InvalidArgumentError(`one of ${REPORT_FORMATS.join(", ")}`);
  return value;
}

function chooseFormat(format: ReportFormat | undefined, out: string | undefined): ReportFormat {
  const fromOut = out ? extname(out).slice(1).toLowerCase() : "";
  if (format && out && isReportFormat(fromOut) && fromOut !== format)
    throw new Error(`--out ${out} ends in .${fromOut} but --format is ${format}`);
  return format ?? (isReportFormat(fromOut) ? fromOut : "pdf");
}

export function reportCommand(program: Command, config: Config): void {
  program
    .command("report")
    .description("write the annual white paper (年度白皮书) of a year as HTML, PDF or XLSX")
    .requiredOption("--year <year>", "calendar year of the report", yearArg)
    .option("--out <file>", "output file (default ttgraph-annual-report-<year>.<format>)")
    .option("--format <format>", `${REPORT_FORMATS.join(" | ")} (default: from --out, else pdf)`, formatArg)
    .option(
      "--with-alliance-gaps",
      "include the alliance's gap chains (alliance-internal data; leave out for a report that may be published)",
    )
    .action(
      failCleanly(async (opts: { year: number; out?: string; format?: ReportFormat; withAllianceGaps?: boolean }) => {
        const format = chooseFormat(opts.format, opts.out);
        const out = opts.out ?? reportFileName(opts.year, format);
        const started = performance.now();
        const tty = process.stderr.isTTY === true;
        const bar = tty
          ? new cliProgress.SingleBar(
              { format: "report {bar} {value}/{total} | {step}", stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
        // The network page reads the analytics stored for the graph version: compute them first
        // when they are missing (a no-op when stored); without them the page says so.
        if (analyzeInChild() !== 0) console.error("warning: the analytics run failed; the network page may be empty");
        const bytes = await withDriver(config, async (driver) => {
          // The operator's report, with a longer timeout than a request's.
          const rq = requestContextOf(
            driver,
            { ...config, QUERY_TIMEOUT_MS: Math.max(config.QUERY_TIMEOUT_MS, CLI_QUERY_TIMEOUT_MS) },
            // the public report unless the operator asks for the alliance's part
            opts.withAllianceGaps ? ["alliance"] : [],
          );
          const report = await buildAnnualReport(rq, opts.year, {
            kpiTargets: loadKpiTargets(config.KPI_TARGETS_FILE),
            // this process only reads what the analyze run stored
            analytics: analyticsService(driver, { ...config, ANALYTICS_IN_API: false }),
            onStep: (step, done, total) => {
              if (!bar)
                console.error(`[${done}/${total}] ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
              else if (done === 1) bar.start(total + 1, done, { step });
              else bar.update(done, { step });
            },
          });
          if (!bar) console.error(`rendering ${format} …`);
          else bar.update({ step: `rendering ${format}` });
          const rendered = await renderReport(report, format, { chromiumPath: config.CHROMIUM_PATH });
          bar?.increment({ step: "done" });
          return rendered;
        }).finally(() => bar?.stop());
        await writeFile(out, bytes);
        console.log(
          `Wrote the ${opts.year} annual report (${format}, ${(bytes.length / 1024).toFixed(0)} KB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }),
    );
}
