import { describe, expect, it } from "vitest";
import { makeUscc, orgCodeCheck } from "../../../../graph-api/src/ingest/generate/uscc-code.js";
import { isValidUscc } from "../../../../graph-api/src/ingest/format/uscc.js";

describe("synthetic USCCs", () => {
  it("computes the GB 11714 check character of the organisation code", () => {
    // 1·3 + 2·7 + 3·9 + 4·10 + 5·5 + 6·8 + 7·4 + 8·2 = 201; 201 mod 11 = 3; 11 − 3 = 8
    expect(orgCodeCheck("12345678")).toBe("8");
    // sum 0 → 11 → "0"; sum 12 (1·10 + 1·2) → 11 − 1 = 10 → "X"
    expect(orgCodeCheck("00000000")).toBe("0");
    expect(orgCodeCheck("00010001")).toBe("X");
  });

  it("builds 91 + admin code + organisation code + GB 32100 check character", () => {
    // body 12345678, org check 8; weighted sum of the first 17 is 1101, 1101 mod 31 = 16, 31 − 16 = 15 → "F"
    expect(makeUscc("510104", 0, 12_345_678)).toBe("91510104123456788F");
  });

  it("gives distinct, checksum-valid codes to distinct serials", () => {
    const codes = Array.from({ length: 5000 }, (_, n) => makeUscc("510107", n, 777));
    expect(new Set(codes).size).toBe(5000);
    expect(codes.every(isValidUscc)).toBe(true);
  });
});
