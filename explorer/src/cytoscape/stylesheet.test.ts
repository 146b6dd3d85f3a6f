import { describe, expect, it } from "vitest";
import { LABELLED_NODE_LIMIT, buildStylesheet, labelsFor } from "./stylesheet";

const rule = (sheet: ReturnType<typeof buildStylesheet>, selector: string) =>
  (sheet as { selector: string; style: Record<string, unknown> }[]).find((r) => r.selector === selector);

describe("node labels on big canvases", () => {
  it("labels every node up to the limit, none above it", () => {
    expect(labelsFor(LABELLED_NODE_LIMIT)).toBe(true);
    expect(labelsFor(LABELLED_NODE_LIMIT + 1)).toBe(false);
  });
  it("keeps labels by default and drops them (except selected and path nodes) when asked", () => {
    expect(rule(buildStylesheet({ edgeLabels: false }), "node")?.style.label).toBe("data(label)");
    const big = buildStylesheet({ edgeLabels: false, nodeLabels: false });
    expect(rule(big, "node")?.style.label).toBe("");
    expect(rule(big, "node:selected, node.path")?.style.label).toBe("data(label)");
    expect(rule(buildStylesheet({ edgeLabels: false }), "node:selected, node.path")).toBeUndefined();
  });
});

describe("edges on big canvases", () => {
  it("draws plain haystack lines without arrows, except selected and path edges", () => {
    expect(rule(buildStylesheet({ edgeLabels: false }), "edge")?.style).toMatchObject({
      "curve-style": "straight",
      "target-arrow-shape": "triangle",
    });
    const big = buildStylesheet({ edgeLabels: false, nodeLabels: false });
    expect(rule(big, "edge")?.style).toMatchObject({
      "curve-style": "haystack",
      "haystack-radius": 0,
      "target-arrow-shape": "none",
    });
    expect(rule(big, "edge:selected, edge.path")?.style).toEqual({
      "curve-style": "straight",
      "target-arrow-shape": "triangle",
    });
  });
});

describe("edge labels", () => {
  it("adds edge labels only on demand", () => {
    const edgeStyle = (on: boolean) =>
      (
        buildStylesheet({ edgeLabels: on }).find((b) => "selector" in b && b.selector === "edge") as unknown as {
          style: Record<string, unknown>;
        }
      ).style;
    expect(edgeStyle(false).label).toBeUndefined();
    expect(edgeStyle(true).label).toBe("data(label)");
  });
});
