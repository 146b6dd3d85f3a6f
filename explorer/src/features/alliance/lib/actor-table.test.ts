import { describe, expect, it } from "vitest";
import {
  orgSheet,
  parseOrgSort,
  periodInputOfYear,
  periodOfYear,
  sortIntermediaries,
  type IntermediaryRow,
  type OrgRow,
} from "./actor-table";

const roles = (coordinator: number, liaison: number) => ({
  coordinator,
  consultant: 0,
  gatekeeper: 0,
  representative: 0,
  liaison,
  total: coordinator + liaison,
});

describe("key-actor tables", () => {
  it("sorts intermediaries by the chosen role, then by total, then by id", () => {
    const rows: IntermediaryRow[] = [
      { id: "B2", name: "乙", type: "Broker", roles: roles(1, 5) },
      { id: "B1", name: "甲", type: "Broker", roles: roles(3, 0) },
      { id: "B3", name: "丙", type: "Agency", roles: roles(3, 2) },
      { id: "B0", name: "丁", type: "Broker", roles: roles(3, 0) },
    ];
    expect(sortIntermediaries(rows, "coordinator").map((r) => r.id)).toEqual(["B3", "B0", "B1", "B2"]);
    expect(sortIntermediaries(rows, "liaison").map((r) => r.id)).toEqual(["B2", "B3", "B0", "B1"]);
    expect(sortIntermediaries(rows, "total").map((r) => r.id)).toEqual(["B2", "B3", "B0", "B1"]);
  });

  it("reads the period and the sort from the URL, refusing what it does not know", () => {
    expect(periodOfYear("2024")).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(periodOfYear("")).toEqual({ from: null, to: null });
    expect(periodOfYear("20x4")).toEqual({ from: null, to: null });
    expect(periodInputOfYear("2024")).toEqual({ year: 2024 });
    expect(periodInputOfYear("")).toEqual({});
    expect(periodInputOfYear("20x4")).toEqual({});
    expect(parseOrgSort("betweenness")).toBe("betweenness");
    expect(parseOrgSort("name")).toBe("pagerank");
  });

  it("exports the rows in table order with the figures as numbers and communities counted from 1", () => {
    const row: OrgRow = {
      id: "AG-1",
      name: "成都峰科",
      type: "Agency",
      pagerank: 0.0123,
      betweenness: 0.2,
      degree: 9,
      constraint: null,
      effectiveSize: 7.5,
      community: 0,
      brokerage: roles(2, 1),
      ranks: { pagerank: 1, betweenness: 2, degree: 3, constraint: 40, effectiveSize: 4 },
    };
    const sheet = orgSheet([row], (k) => k);
    expect(sheet.columns).toHaveLength(sheet.rows[0]!.length);
    expect(sheet.rows[0]!.slice(0, 12)).toEqual([1, "AG-1", "成都峰科", "Agency", 0.0123, 1, 0.2, 2, 9, null, 7.5, 1]);
    expect(sheet.rows[0]!.slice(12)).toEqual([2, 0, 0, 0, 1, 3]);
  });
});
