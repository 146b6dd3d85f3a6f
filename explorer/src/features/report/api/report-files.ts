/**
 * The white paper from the API (GET /reports/annual/<year>.<format>), with the signed-in token
 * when there is one (the alliance's gap chains need it). A busy server (503) is asked again after
 * its Retry-After, a few times; the HTML of a year is fetched once and shared by every mount
 * asking for it (a remount must not start a second report while the first is still rendering).
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

const BUSY_RETRIES = 3;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function fetchReport(year: number, format: ReportFormat): Promise<Blob> {
  const token = storedToken();
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(`/reports/annual/${year}.${format}${format === "html" ? "" : "?download=1"}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
    } catch {
      throw new ReportError("", 0);
    }
    if (res.status === 503 && attempt < BUSY_RETRIES) {
      await wait(Math.min(30, Number(res.headers.get("retry-after")) || 5) * 1000);
      continue;
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      throw new ReportError(body.error ?? res.statusText, res.status);
    }
    return res.blob();
  }
}

const html = new Map<string, Promise<string>>();

/** The report's HTML for a year, fetched once per year and token; a failure is forgotten so that a retry asks again. */
export function reportHtml(year: number): Promise<string> {
  const key = `${year}|${storedToken() ?? ""}`;
  let pending = html.get(key);
  if (!pending) {
    pending = fetchReport(year, "html").then((b) => b.text());
    pending.catch(() => html.delete(key));
    html.set(key, pending);
  }
  return pending;
}
