import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitWidth, toFixedWidthDigits } from "../../../graph-api/src/graph/analytics/fixed-width-digits.js";

/** What the projection query does with a column: toInteger(substring($column, i * w, w)). */
const decode = (s: string, width: number): number[] =>
  Array.from({ length: s.length / width }, (_, i) => Number.parseInt(s.substring(i * width, (i + 1) * width), 10));

describe("fixed-width digit columns", () => {
  it("give back every value, whatever the column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 2_147_483_647 }), { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 50 }),
        (a, b) => {
          const width = digitWidth(a, b);
          const s = toFixedWidthDigits(a, width);
          expect(s).toHaveLength(a.length * width);
          expect(decode(s, width)).toEqual(a);
          expect(decode(toFixedWidthDigits(b, width), width)).toEqual(b);
        },
      ),
    );
  });

  it("take their width from the largest value of all columns", () => {
    expect(digitWidth(new Int32Array([0, 7]), new Float64Array([3]))).toBe(1);
    expect(digitWidth(new Int32Array([0, 299_999]), new Float64Array([12]))).toBe(6);
    expect(digitWidth()).toBe(1);
    expect(toFixedWidthDigits(new Int32Array([0, 42, 299_999]), 6)).toBe("000000000042299999");
    // Up to the largest safe integer (16 digits), as in a Float64Array of deal counts.
    const big = new Float64Array([Number.MAX_SAFE_INTEGER, 0, 2 ** 31]);
    expect(digitWidth(big)).toBe(16);
    expect(decode(toFixedWidthDigits(big, 16), 16)).toEqual([Number.MAX_SAFE_INTEGER, 0, 2 ** 31]);
  });

  it("refuse what they cannot carry, saying which value", () => {
    expect(() => digitWidth([1, -2])).toThrow(/value -2 at index 1 is not a non-negative integer/);
    expect(() => digitWidth([0.5])).toThrow(/value 0.5 at index 0/);
    expect(() => toFixedWidthDigits([5, 123], 2)).toThrow(/value 123 at index 1 does not fit 2 digits/);
    expect(() => toFixedWidthDigits([Number.NaN], 3)).toThrow(/value NaN at index 0/);
  });
});
