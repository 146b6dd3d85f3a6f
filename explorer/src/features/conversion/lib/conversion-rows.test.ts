import { describe, expect, it } from "vitest";
import { groupDealsWhere, rowsSheet, sortRows, type GroupRow } from "./conversion-rows";

const row = (id: string, deals: number, rate: number | null): GroupRow => ({
  id,
  name: id,
  kind: null,
  parentName: null,
  figures: {
    deals,
    onSiteDeals: 0,
    rateByCount: rate,
    amount: deals * 10,
    onSiteAmount: 0,
    rateByAmount: rate,
    resultsTransferred: 1,
  },
});

describe("sortRows", () => {
  const rows = [row("锦江区", 5, 0.5), row("武侯区", 9, null), row("成华区", 9, 0.9)];
  it("sorts by a column either way, ties in the given order, unknown rates last", () => {
    expect(sortRows(rows, "deals", true).map((r) => r.id)).toEqual(["武侯区", "成华区", "锦江区"]);
    expect(sortRows(rows, "rateByCount", true).map((r) => r.id)).toEqual(["成华区", "锦江区", "武侯区"]);
    expect(sortRows(rows, "rateByCount", false).map((r) => r.id)).toEqual(["锦江区", "成华区", "武侯区"]);
  });
  it("exports the rows it shows, one line each", () => {
    const sheet = rowsSheet("SELLER_DISTRICT", "区县", rows, {});
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[0]!.slice(0, 2)).toEqual(["锦江区", "锦江区"]);
  });
});

describe("groupDealsWhere", () => {
  const period = { from: "2024-01-01", to: "2024-12-31" };
  it("lists a district's deals by any seller located there (a lab through its institution)", () => {
    const where = groupDealsWhere("SELLER_DISTRICT", "D1", period);
    expect(where.signedOn).toEqual({ gte: "2024-01-01", lte: "2024-12-31" });
    expect(JSON.stringify(where.OR)).toContain(
      '"Lab":{"institutions":{"some":{"districts":{"some":{"id":{"eq":"D1"}}}}}}',
    );
  });
  it("lists an institution's deals with those of its labs", () => {
    const where = groupDealsWhere("INSTITUTION", "I1", period);
    expect(where.OR).toHaveLength(2);
  });
});
