/** Export file names: `ttgraph-<view>-<period>-<date>.<ext>`, e.g. ttgraph-conversion-2024-01-01_2024-12-31-20261204.csv. */

const p2 = (n: number) => String(n).padStart(2, "0");

export function exportFileName(view: string, period: string, ext: string, now = new Date()): string {
  const date = `${now.getFullYear()}${p2(now.getMonth() + 1)}${p2(now.getDate())}`;
  const part = period.replace(/[^0-9A-Za-z_-]+/g, "_").replace(/^_+|_+$/g, "");
  return `ttgraph-${view}${part ? `-${part}` : ""}-${date}.${ext}`;
}

/** A period as it appears in file names: 2024 for a calendar year, else from_to. */
export function periodPart(from?: string | null, to?: string | null): string {
  if (!from && !to) return "";
  if (from && to && from.endsWith("-01-01") && to.endsWith("-12-31") && from.slice(0, 4) === to.slice(0, 4))
    return from.slice(0, 4);
  return `${from ?? ""}_${to ?? ""}`;
}
