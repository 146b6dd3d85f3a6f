import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import {
  dateArg,
  idArg,
  idListArg,
  intArg,
  nodeTypesArg,
  offsetArg,
  openPeriodArg,
  pageSizeArg,
  periodArg,
  relTypesArg,
  yearArg,
} from "../../../graph-api/src/resolvers/args/index.js";

/** The error a call throws, to look at its message and extensions. */
function errorOf(f: () => unknown): GraphQLError {
  try {
    f();
  } catch (e) {
    return e as GraphQLError;
  }
  throw new Error("expected an error");
}

describe("argument checks of custom fields", () => {
  it("name the argument in the message and in extensions, as BAD_USER_INPUT without an HTTP status", () => {
    const e = errorOf(() => pageSizeArg(0, "limit", { default: 10, max: 100 }));
    expect(e).toBeInstanceOf(GraphQLError);
    expect(e.message).toBe("limit: expected an integer of at least 1");
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "limit" });
  });

  it("periods: ISO days of the calendar, from not after to, nested names", () => {
    expect(periodArg({ from: "2024-01-01", to: "2024-12-31" }, "period")).toEqual({
      from: "2024-01-01",
      to: "2024-12-31",
    });
    expect(errorOf(() => periodArg({ from: "2025-01-01", to: "2024-01-01" }, "period")).message).toBe(
      "period.from: must not be after period.to",
    );
    expect(errorOf(() => periodArg({ from: "yesterday", to: "2024-01-01" }, "window")).message).toBe(
      "window.from: expected a date YYYY-MM-DD",
    );
    expect(errorOf(() => dateArg("2024-02-30", "from")).message).toBe("from: 2024-02-30 is not a day of the calendar");
    expect(dateArg({ toString: () => "2024-02-29" }, "from")).toBe("2024-02-29"); // a neo4j Date
    expect(openPeriodArg(null, "2024-03-01")).toEqual({ from: null, to: "2024-03-01" });
    expect(errorOf(() => openPeriodArg("2024-03-02", "2024-03-01")).extensions.argument).toBe("from");
  });

  it("years", () => {
    expect(yearArg(2024)).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(errorOf(() => yearArg(24)).message).toBe("year: expected a year from 1949 to 2100");
  });

  it("one rule for page sizes: default when absent, refused below the minimum, capped above the maximum", () => {
    const rule = { default: 50, max: 500 };
    expect([undefined, null, 10, 10_000].map((v) => pageSizeArg(v, "limit", rule))).toEqual([50, 50, 10, 500]);
    expect(errorOf(() => pageSizeArg(-1, "limit", rule)).extensions.code).toBe("BAD_USER_INPUT");
    expect(errorOf(() => pageSizeArg(1.5, "first", rule)).message).toMatch(/^first: /);
    expect(pageSizeArg(0, "edgeLimit", { ...rule, min: 0 })).toBe(0);
  });

  it("other bounded numbers are refused out of range, not capped", () => {
    expect(intArg(undefined, "maxHops", { fallback: 6, min: 1, max: 10 })).toBe(6);
    expect(errorOf(() => intArg(11, "maxHops", { fallback: 6, min: 1, max: 10 })).message).toBe(
      "maxHops: expected an integer from 1 to 10",
    );
    expect(offsetArg(undefined)).toBe(0);
    expect(errorOf(() => offsetArg(-1)).message).toBe("offset: expected an integer from 0 to 100000");
  });

  it("ids and model names", () => {
    expect(idArg("BRK-000001", "id")).toBe("BRK-000001");
    expect(errorOf(() => idArg("  ", "id")).message).toBe("id: expected a non-empty id");
    expect(errorOf(() => idListArg(["a", "b", "c"], "ids", 2)).message).toBe("ids: at most 2 ids");
    expect(errorOf(() => idListArg(["a", ""], "ids", 2)).extensions.argument).toBe("ids[1]");
    expect(nodeTypesArg([], "types")).toBeNull();
    expect(errorOf(() => nodeTypesArg(["Entity"], "types")).message).toBe("types: unknown node type Entity");
    expect(relTypesArg("BROKERED", "relType")).toEqual(["BROKERED"]);
    expect(errorOf(() => relTypesArg("NOPE", "relType")).message).toBe("relType: unknown relationship type NOPE");
  });
});
