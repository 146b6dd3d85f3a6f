/**
 * Driver values → the text the API shows: neo4j Integer and temporal types through their
 * toString (dates as YYYY-MM-DD), lists joined with `;` (as in the data package), others String().
 */
import neo4j from "neo4j-driver";

export function toText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(toText).join(";");
  if (neo4j.isInt(v)) return v.toString();
  if (typeof v === "object" && typeof (v as { toString?: unknown }).toString === "function") return String(v);
  return String(v);
}

/** Driver number-ish → JS number (Integer, number, null). */
export function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return v.toNumber();
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
