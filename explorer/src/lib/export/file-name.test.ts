import { describe, expect, it } from "vitest";
import { exportFileName, periodPart } from "./file-name";

describe("export file names", () => {
  const now = new Date(2026, 11, 4, 9, 5);
  it("name the view, the period and the date", () => {
    expect(exportFileName("conversion-seller_district", periodPart("2024-01-01", "2024-12-31"), "csv", now)).toBe(
      "ttgraph-conversion-seller_district-2024-20261204.csv",
    );
    expect(exportFileName("flows", periodPart("2020-01-01", "2026-06-30"), "png", now)).toBe(
      "ttgraph-flows-2020-01-01_2026-06-30-20261204.png",
    );
    expect(exportFileName("alliance", "", "svg", now)).toBe("ttgraph-alliance-20261204.svg");
  });
});
