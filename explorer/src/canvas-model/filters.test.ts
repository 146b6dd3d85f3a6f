import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, failingIds, hasActiveFilters, nodePasses, yearSpan } from "./filters";
import { node } from "./test-nodes";

const deal = node("D", "Deal", {
  districtId: "JJ",
  inChengdu: true,
  chainIds: ["C1"],
  year: 2023,
  amount: 50,
  properties: { kind: "LICENSE" },
});
const chain = node("C", "IndustryChain", { chainIds: ["C1"] });
const outside = node("E", "Enterprise", { districtId: "YZ", inChengdu: false, chainIds: ["C2"] });

describe("filters", () => {
  it("no filter: everything passes", () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(failingIds([deal, chain, outside], EMPTY_FILTERS).size).toBe(0);
  });

  it("type, district, chain, in-Chengdu", () => {
    expect(nodePasses(deal, { ...EMPTY_FILTERS, hiddenTypes: ["Deal"] })).toBe(false);
    expect([...failingIds([deal, chain, outside], { ...EMPTY_FILTERS, districtIds: ["JJ"] })]).toEqual(["E"]);
    expect([...failingIds([deal, chain, outside], { ...EMPTY_FILTERS, chainIds: ["C2"] })]).toEqual(["D", "C"]);
    expect([...failingIds([deal, chain, outside], { ...EMPTY_FILTERS, inChengduOnly: true })]).toEqual(["E"]);
  });

  it("year range, deal kind and amount range apply to nodes that have them", () => {
    expect(nodePasses(deal, { ...EMPTY_FILTERS, yearFrom: 2024 })).toBe(false);
    expect(nodePasses(deal, { ...EMPTY_FILTERS, yearFrom: 2020, yearTo: 2023 })).toBe(true);
    expect(nodePasses(chain, { ...EMPTY_FILTERS, yearFrom: 2024 })).toBe(true); // no year
    expect(nodePasses(deal, { ...EMPTY_FILTERS, dealKinds: ["TRANSFER"] })).toBe(false);
    expect(nodePasses(outside, { ...EMPTY_FILTERS, dealKinds: ["TRANSFER"] })).toBe(true); // not a deal
    expect(nodePasses(deal, { ...EMPTY_FILTERS, amountMin: 51 })).toBe(false);
    expect(nodePasses(deal, { ...EMPTY_FILTERS, amountMin: 50, amountMax: 50 })).toBe(true);
  });

  it("year span of the canvas", () => {
    expect(yearSpan([deal, chain, node("R", "Result", { year: 2019 })])).toEqual([2019, 2023]);
    expect(yearSpan([chain])).toBeNull();
  });
});
