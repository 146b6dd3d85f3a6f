/**
 * Structured logs (pino) to stdout. Log query names and durations, never parameter values
 * (personal data). The level is set once from the configuration by `configureLogger`.
 */
import { pino } from "pino";

export const logger = pino({
  level: "info",
  base: { service: "ttgraph" },
  redact: ["req.headers.authorization", "*.password", "*.jwt"],
});

export function configureLogger(level: string): void {
  logger.level = level;
}
