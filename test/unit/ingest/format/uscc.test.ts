import { describe, expect, it } from "vitest";
import { isValidUscc, usccCheckChar, usccProblem } from "../../../../graph-api/src/ingest/format/uscc.js";

describe("USCC (GB 32100-2015)", () => {
  it("computes the check character by the standard's weights", () => {
    // 9 1 5 1 0 1 0 0 M A 6 C 8 K 2 Q 7 with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
    // 9+3+45+27+0+26+0+0+21·20+10·29+6·25+12·13+8·8+19·24+2·10+24·30+7·28 = 2578; 2578 mod 31 = 5;
    // 31 − 5 = 26 → alphabet[26] = "N" (0-9, A-H, J-N, P, Q, R, T, U, W, X, Y).
    expect(usccCheckChar("91510100MA6C8K2Q7")).toBe("N");
    expect(isValidUscc("91510100MA6C8K2Q7N")).toBe(true);
  });

  it("accepts real published codes", () => {
    expect(isValidUscc("914403001922038216")).toBe(true); // 华为技术有限公司
    expect(isValidUscc("9144030071526726XG")).toBe(true); // 深圳市腾讯计算机系统有限公司
    expect(isValidUscc("91330100799655058B")).toBe(true); // 阿里巴巴(中国)有限公司
  });

  it("explains what is wrong", () => {
    expect(usccProblem("91510100MA6C8K2Q7X")).toBe(
      '"91510100MA6C8K2Q7X" is not a valid USCC: check character should be N',
    );
    expect(usccProblem("91510100MA61R7XXXX")).toMatch(/check character should be R/); // the usual placeholder is not valid
    expect(usccProblem("9151010")).toMatch(/7 characters instead of 18/);
    expect(usccProblem("91510100MA6C8K2QIN")).toMatch(/only digits and capitals/); // I is not in the alphabet
  });
});
