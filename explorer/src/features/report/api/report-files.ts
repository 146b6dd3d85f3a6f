/**
 * The white paper from the API (GET /reports/annual/<year>.<format>), with the signed-in token
 * when there is one (the alliance's gap chains need it). Errors come back in the planner's words.
 */
import { storedToken } from "../../../lib/urql/auth-exchange";

export type ReportFormat = "html" | "pdf" | "xlsx";

export class ReportError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function fetchReport(year: number, format: ReportFormat, signal?: AbortSignal): Promise<Blob> {
  const token = storedToken();
  let res: Response;
  try {
    res = await fetch(`/reports/annual/${year}.${format}${format === "html" ? "" : "?download=1"}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ReportError("", 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new ReportError(body.error ?? res.statusText, res.status);
  }
  return res.blob();
}
