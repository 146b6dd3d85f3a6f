/**
 * Shows import progress: a cli-progress bar with rows/s when stdout is a terminal, otherwise a
 * log line every few seconds (CI logs and pipes should not fill with carriage returns).
 */
import cliProgress from "cli-progress";
import type { ImportProgress } from "../ingest/import-package.js";

const LOG_EVERY_MS = 5000;

export interface ProgressView {
  update(p: ImportProgress): void;
  stop(): void;
}

export function progressView(tty: boolean = process.stdout.isTTY === true): ProgressView {
  let bar: cliProgress.SingleBar | undefined;
  let phase: ImportProgress["phase"] | undefined;
  let lastLog = 0;
  const stopBar = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update(p) {
      if (!tty) {
        const now = Date.now();
        if (now - lastLog < LOG_EVERY_MS && !p.done) return;
        lastLog = now;
        const of = p.totalRows ? `/${p.totalRows}` : "";
        console.log(
          `${p.phase}: ${p.rows}${of} rows, ${p.rowsPerSecond} rows/s${p.done ? " (done)" : ` (${p.table})`}`,
        );
        return;
      }
      if (phase !== p.phase) {
        stopBar();
        phase = p.phase;
        const format =
          p.phase === "validate"
            ? "validate {value} rows | {speed} rows/s | {table}"
            : "write    [{bar}] {percentage}% | {value}/{total} rows | {speed} rows/s | {table}";
        bar = new cliProgress.SingleBar(
          { format, hideCursor: true, clearOnComplete: false },
          cliProgress.Presets.shades_classic,
        );
        bar.start(p.totalRows ?? 0, 0, { speed: 0, table: "" });
      }
      if (p.phase === "validate") bar?.setTotal(p.rows);
      bar?.update(p.rows, { speed: p.rowsPerSecond, table: p.done ? "done" : p.table });
      if (p.done) stopBar();
    },
    stop: stopBar,
  };
}
