import { describe, expect, it } from "vitest";
import { cellText } from "../../../../graph-api/src/ingest/source/xlsx-source.js";

describe("cellText: an xlsx cell as the text a CSV would hold", () => {
  it("turns typed cells into their CSV text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText("成都")).toBe("成都");
    expect(cellText(2019)).toBe("2019");
    expect(cellText(200.5)).toBe("200.5");
    expect(cellText(true)).toBe("true");
    expect(cellText(new Date("2024-02-29T00:00:00Z"))).toBe("2024-02-29");
  });

  it("reads rich text, hyperlinks, formula results and errors", () => {
    expect(cellText({ richText: [{ text: "四川" }, { text: "大学" }] })).toBe("四川大学");
    expect(cellText({ text: "官网", hyperlink: "https://www.scu.edu.cn" })).toBe("官网");
    expect(cellText({ formula: "A1*2", result: 700 })).toBe("700");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });
});
