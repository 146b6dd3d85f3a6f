/** An answer needs stored analytics that no run has stored yet for this database (see analytics-service.ts). */
export class AnalyticsNotReadyError extends Error {
  override readonly name = "AnalyticsNotReadyError";
  readonly code = "ANALYTICS_NOT_READY";
}
