/**
 * CSV cell text → typed value, one rule per FieldType of the domain model. Values stay plain
 * JavaScript here (ints as numbers, dates as `YYYY-MM-DD` strings); write-batches.ts turns them
 * into driver types. Cells are trimmed; an empty cell is an absent value.
 */
import { dateProblem } from "../../domain/dates.js";
import { ENUMS } from "../../domain/enums.js";
import type { FieldSpec, FieldType } from "../../domain/model.js";
import { usccProblem } from "./uscc.js";

export type PlainValue = string | number | boolean | string[];
export type Decoded = { ok: true; value: PlainValue | undefined } | { ok: false; reason: string };

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(["true", "是"]);
const FALSE = new Set(["false", "否"]);

const ok = (value: PlainValue | undefined): Decoded => ({ ok: true, value });
const bad = (reason: string): Decoded => ({ ok: false, reason });

function decodeText(type: FieldType, text: string): Decoded {
  switch (type.kind) {
    case "string":
      return ok(text);
    case "string[]": {
      const items = text
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      return ok(items.length ? items : undefined);
    }
    case "boolean": {
      const t = text.toLowerCase();
      if (TRUE.has(t)) return ok(true);
      if (FALSE.has(t)) return ok(false);
      return bad(`"${text}" is not a boolean (true/false/是/否)`);
    }
    case "int": {
      if (!INT.test(text)) return bad(`"${text}" is not an integer`);
      const n = Number(text);
      if (type.min !== undefined && n < type.min) return bad(`${n} is below the minimum ${type.min}`);
      if (type.max !== undefined && n > type.max) return bad(`${n} is above the maximum ${type.max}`);
      return ok(n);
    }
    case "float": {
      const n = Number(text);
      if (!FLOAT.test(text) || !Number.isFinite(n)) return bad(`"${text}" is not a number`);
      if (type.min !== undefined && n < type.min) return bad(`${n} is below the minimum ${type.min}`);
      return ok(n === 0 ? 0 : n); // -0 would export as "0" and re-import differently typed nowhere, but keep it canonical
    }
    case "date": {
      const problem = dateProblem(text);
      if (problem === "format") return bad(`"${text}" is not a date (YYYY-MM-DD)`);
      if (problem === "calendar") return bad(`"${text}" is not a real calendar date`);
      return ok(text);
    }
    case "enum": {
      const values: readonly string[] = ENUMS[type.enum];
      if (!values.includes(text)) return bad(`"${text}" is not one of ${values.join(", ")}`);
      return ok(text);
    }
    case "uscc": {
      const code = text.toUpperCase();
      const problem = usccProblem(code);
      return problem ? bad(problem) : ok(code);
    }
  }
}

/** Decode one cell of `field`; a missing required value is an error. */
export function decodeCell(field: FieldSpec, raw: string | undefined): Decoded {
  const text = (raw ?? "").trim();
  if (text === "") return field.required ? bad("required value is missing") : ok(undefined);
  return decodeText(field.type, text);
}
