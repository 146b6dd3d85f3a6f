/**
 * Typed value → CSV cell text, the inverse of cell-decoder.ts: lists joined with `;`, booleans
 * `true`/`false`, dates `YYYY-MM-DD`, numbers in JavaScript's shortest round-trip form (so a float
 * prints the same after any number of export/import cycles), absent values as an empty cell.
 * Accepts both plain values (the generator) and driver values (neo4j Date, Integer — the exporter).
 */
import type { FieldSpec } from "../../domain/model.js";

export class EncodeError extends Error {
  override readonly name = "EncodeError";
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  // neo4j Integer (when lossless integers are on)
  if (v && typeof v === "object" && "toNumber" in v && typeof v.toNumber === "function") return Number(v.toNumber());
  return undefined;
}

function encodeDate(v: unknown): string | undefined {
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (v && typeof v === "object" && "year" in v && "month" in v && "day" in v) {
    const [y, m, d] = [toNumber(v.year), toNumber(v.month), toNumber(v.day)];
    if (y !== undefined && m !== undefined && d !== undefined) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  }
  return undefined;
}

function encodePresent(field: FieldSpec, v: unknown): string | undefined {
  switch (field.type.kind) {
    case "string":
    case "uscc":
    case "enum":
      return typeof v === "string" ? v : undefined;
    case "string[]":
      if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && !/[;；]/.test(s))) return undefined;
      return v.join(";");
    case "boolean":
      return typeof v === "boolean" ? String(v) : undefined;
    case "int": {
      const n = toNumber(v);
      return n !== undefined && Number.isInteger(n) ? String(n) : undefined;
    }
    case "float": {
      const n = toNumber(v);
      return n !== undefined && Number.isFinite(n) ? String(n) : undefined;
    }
    case "date":
      return encodeDate(v);
  }
}

/** Encode one value of a field; throws EncodeError when the value does not fit the field type. */
export function encodeValue(field: FieldSpec, v: unknown): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v) && v.length === 0 && field.type.kind === "string[]") return "";
  const text = encodePresent(field, v);
  if (text === undefined) {
    throw new EncodeError(`${field.name}: cannot encode ${JSON.stringify(v)} as ${field.type.kind}`);
  }
  return text;
}
