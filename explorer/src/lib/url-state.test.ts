import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "../canvas-model/filters";
import { decodeUrlState, DEFAULT_URL_STATE, encodeUrlState, type UrlState } from "./url-state";

describe("URL state", () => {
  it("round-trips view, params, canvas, filters and options", () => {
    const s: UrlState = {
      view: "journey",
      viewParams: { result: "RES-000001" },
      nodes: [
        { id: "RES-000001", position: { x: 10, y: -20 } },
        { id: "DL-7", position: { x: 0, y: 5 } },
      ],
      hidden: ["DL-7"],
      pinned: ["RES-000001"],
      selection: ["DL-7"],
      measure: "degree",
      edgeLabels: true,
      filters: {
        hiddenTypes: ["Award"],
        chainIds: ["IC-01"],
        districtIds: ["DIS-04", "DIS-05"],
        inChengduOnly: true,
        yearFrom: 2020,
        yearTo: null,
        dealKinds: ["LICENSE"],
        amountMin: 10.5,
        amountMax: 1000,
        mode: "hide",
      },
    };
    expect(decodeUrlState(`?${encodeUrlState(s)}`)).toEqual(s);
  });

  it("rounds positions and keeps ids without positions", () => {
    const q = encodeUrlState({ ...DEFAULT_URL_STATE, nodes: [{ id: "A", position: { x: 1.6, y: 2.4 } }, { id: "B" }] });
    expect(q).toBe("n=A~2~2,B");
    expect(decodeUrlState(q).nodes).toEqual([{ id: "A", position: { x: 2, y: 2 } }, { id: "B" }]);
  });

  it("encodes Chinese and reserved characters in values", () => {
    const s = { ...DEFAULT_URL_STATE, view: "flows", viewParams: { q: "成都 & 大学=1" } };
    expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
  });

  it("leaves defaults out and decodes an empty or malformed query to defaults", () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe("");
    expect(decodeUrlState("")).toEqual(DEFAULT_URL_STATE);
    const bad = decodeUrlState("?m=nonsense&fy=abc~&fa=~x&fm=weird");
    expect(bad.measure).toBe("none");
    expect(bad.filters).toEqual(EMPTY_FILTERS);
  });
});
