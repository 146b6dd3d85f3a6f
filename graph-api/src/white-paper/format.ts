/** Number formats and HTML escaping of the white paper. */
export { percent, whole } from "../../../presentation/charts/palette.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML content and attributes. */
export const esc = (s: unknown): string => String(s ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** An amount in 万元 with one decimal below 100, whole above. */
export const amount = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : Math.abs(x) < 100 ? x.toFixed(1) : Math.round(x).toLocaleString("en-US");

/** A relative change as "+12.3%" / "−4.0%"; a rate change as "+1.2 个百分点". */
export function change(x: number | null, kind: "RELATIVE" | "POINTS"): string {
  if (x === null || Number.isNaN(x)) return "—";
  const v = Math.abs(x * 100).toFixed(1);
  const sign = v === "0.0" ? "±" : x > 0 ? "+" : "−";
  return kind === "POINTS" ? `${sign}${v} 个百分点` : `${sign}${v}%`;
}

/** A css class for a change: up, down or flat. */
export const trendClass = (x: number | null): string =>
  x === null || Math.abs(x) < 0.0005 ? "flat" : x > 0 ? "up" : "down";
