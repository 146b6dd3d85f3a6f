import { describe, expect, it } from "vitest";
import type { FieldSpec, FieldType } from "../../../../graph-api/src/domain/model.js";
import { decodeCell } from "../../../../graph-api/src/ingest/format/cell-decoder.js";
import { encodeValue } from "../../../../graph-api/src/ingest/format/value-encoder.js";

const field = (type: FieldType, required = false): FieldSpec => ({ name: "x", type, required });
const value = (type: FieldType, raw: string) => decodeCell(field(type), raw);

describe("row decoder: one rule per FieldType", () => {
  it("string: trimmed; empty is absent, or an error when required", () => {
    expect(value({ kind: "string" }, "  成都  ")).toEqual({ ok: true, value: "成都" });
    expect(value({ kind: "string" }, "   ")).toEqual({ ok: true, value: undefined });
    expect(decodeCell(field({ kind: "string" }, true), "")).toEqual({ ok: false, reason: "required value is missing" });
  });

  it("string[]: split on ; (also full-width ；), blanks dropped", () => {
    expect(value({ kind: "string[]" }, "材料; 信息；;生物")).toEqual({ ok: true, value: ["材料", "信息", "生物"] });
    expect(value({ kind: "string[]" }, ";")).toEqual({ ok: true, value: undefined });
  });

  it("boolean: true/false in any case and 是/否", () => {
    expect(value({ kind: "boolean" }, "TRUE")).toEqual({ ok: true, value: true });
    expect(value({ kind: "boolean" }, "是")).toEqual({ ok: true, value: true });
    expect(value({ kind: "boolean" }, "否")).toEqual({ ok: true, value: false });
    expect(value({ kind: "boolean" }, "yes")).toEqual({
      ok: false,
      reason: '"yes" is not a boolean (true/false/是/否)',
    });
  });

  it("int: digits only, within the range", () => {
    const trl: FieldType = { kind: "int", min: 1, max: 9 };
    expect(value(trl, "7")).toEqual({ ok: true, value: 7 });
    expect(value(trl, "7.0")).toEqual({ ok: false, reason: '"7.0" is not an integer' });
    expect(value(trl, "10")).toEqual({ ok: false, reason: "10 is above the maximum 9" });
    expect(value(trl, "0")).toEqual({ ok: false, reason: "0 is below the minimum 1" });
  });

  it("float: decimal or exponent notation, minimum checked", () => {
    const amount: FieldType = { kind: "float", min: 0 };
    expect(value(amount, "350")).toEqual({ ok: true, value: 350 });
    expect(value(amount, "1.5e3")).toEqual({ ok: true, value: 1500 });
    expect(value(amount, "12,5")).toEqual({ ok: false, reason: '"12,5" is not a number' });
    expect(value(amount, "Infinity")).toEqual({ ok: false, reason: '"Infinity" is not a number' });
    expect(value(amount, "-1")).toEqual({ ok: false, reason: "-1 is below the minimum 0" });
  });

  it("date: YYYY-MM-DD naming a real calendar day", () => {
    expect(value({ kind: "date" }, "2024-02-29")).toEqual({ ok: true, value: "2024-02-29" });
    expect(value({ kind: "date" }, "2023-02-29")).toEqual({
      ok: false,
      reason: '"2023-02-29" is not a real calendar date',
    });
    expect(value({ kind: "date" }, "2024/03/01")).toEqual({
      ok: false,
      reason: '"2024/03/01" is not a date (YYYY-MM-DD)',
    });
  });

  it("enum: one of the contract's values, exactly", () => {
    expect(value({ kind: "enum", enum: "BrokerRole" }, "LEAD")).toEqual({ ok: true, value: "LEAD" });
    expect(value({ kind: "enum", enum: "BrokerRole" }, "lead")).toEqual({
      ok: false,
      reason: '"lead" is not one of LEAD, SUPPORT',
    });
  });

  it("uscc: upper-cased, checksum verified", () => {
    expect(value({ kind: "uscc" }, "9144030071526726xg")).toEqual({ ok: true, value: "9144030071526726XG" });
    expect(value({ kind: "uscc" }, "9144030071526726XH").ok).toBe(false);
  });

  it("decoding then encoding gives the canonical text back", () => {
    const cases: [FieldType, string, string][] = [
      [{ kind: "float" }, "350.50", "350.5"],
      [{ kind: "float" }, "1e21", "1e+21"],
      [{ kind: "boolean" }, "是", "true"],
      [{ kind: "string[]" }, "a ；b", "a;b"],
      [{ kind: "int" }, "+12", "12"],
      [{ kind: "date" }, "2024-01-05", "2024-01-05"],
    ];
    for (const [type, raw, canonical] of cases) {
      const d = value(type, raw);
      expect(d.ok && encodeValue(field(type), d.value)).toBe(canonical);
    }
  });

  it("encodes driver values: neo4j Date-like objects and Integer-like objects", () => {
    expect(encodeValue(field({ kind: "date" }), { year: 2024, month: 3, day: 5 })).toBe("2024-03-05");
    expect(encodeValue(field({ kind: "int" }), { toNumber: () => 2019 })).toBe("2019");
  });
});
