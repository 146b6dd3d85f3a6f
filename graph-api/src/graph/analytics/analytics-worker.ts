/**
 * The analytics run in a worker thread of an API process: its own driver, its own event loop, so
 * decoding hundreds of thousands of rows and computing Burt's measures never blocks the requests
 * the process serves. Posts progress messages and the final report (or the error) to the parent.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../../config.js";
import { createDriver } from "../../db/driver.js";
import { configureLogger } from "../../logger.js";
import { runAnalytics, type AnalyzeOptions } from "./run-analytics.js";

export interface WorkerInput {
  entry: string;
  config: Config;
  options: Omit<AnalyzeOptions, "onProgress" | "database">;
}

export type WorkerMessage =
  | { type: "progress"; graphVersion: number; phase: string; done: number; total: number }
  | { type: "done"; report: Awaited<ReturnType<typeof runAnalytics>> }
  | { type: "failed"; message: string };

const { config, options } = workerData as WorkerInput;
configureLogger(config.LOG_LEVEL);
const driver = createDriver(config);
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
try {
  const report = await runAnalytics(driver, {
    ...options,
    database: config.NEO4J_DATABASE,
    onProgress: (p) => post({ type: "progress", ...p }),
  });
  post({ type: "done", report });
} catch (e) {
  post({ type: "failed", message: (e as Error).message });
} finally {
  await driver.close();
}
