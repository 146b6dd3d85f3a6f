/**
 * The Cytoscape stylesheet. Node colour, shape and size come from element data (element-mapping),
 * so this is small and the same for every view; views can append their own rules.
 */
import type { StylesheetJson } from "cytoscape";
import { NODE_FONT_SIZE } from "../canvas-model/node-styles";

export interface StyleOptions {
  /** Show relationship labels (on demand: they cost frame time on big graphs). */
  edgeLabels: boolean;
  /** Hide node labels below this on-screen font size (keeps big graphs fluid). */
  minZoomedFontSize?: number;
  /**
   * Label every node (default). False labels only selected and path nodes (and, zoomed in, the
   * nodes in view: labels-in-view.ts): Cytoscape measures and rasterises every label on each full
   * redraw even when too small to read — half of a 20k-element load and most of a 5k-element first
   * frame (npm run bench:explorer). False also draws edges as haystack lines without arrows
   * (selected and path edges keep theirs). See `labelsFor`.
   */
  nodeLabels?: boolean;
}

/**
 * Above this many nodes on the canvas, names are drawn only for selected and path nodes and for
 * the nodes that matter at the current zoom (labels-in-view.ts: by rank, without two names on top
 * of each other). Every name on a canvas of 450 nodes was a wall of text; at 2,000 nodes, all
 * labels took a 5k-element load from 1.1 s to 1.9 s to first render (npm run bench:explorer).
 */
export const LABELLED_NODE_LIMIT = 300;

/** Whether a canvas of `nodeCount` nodes labels every node. */
export function labelsFor(nodeCount: number): boolean {
  return nodeCount <= LABELLED_NODE_LIMIT;
}

export function buildStylesheet(opts: StyleOptions): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)" as never,
        width: "data(size)",
        height: "data(size)",
        label: opts.nodeLabels === false ? "" : "data(label)",
        "font-size": NODE_FONT_SIZE,
        "font-family": "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif",
        "text-valign": "bottom",
        "text-margin-y": 3,
        color: "#222",
        "text-outline-color": "#fff",
        "text-outline-width": 2,
        "min-zoomed-font-size": opts.minZoomedFontSize ?? 6,
        "border-width": 1,
        "border-color": "#ffffff",
      },
    },
    // hubs drawn (and hit by clicks) above their neighbours: element-mapping.ts zOf
    { selector: "node[z]", style: { "z-index": "data(z)" as never } },
    {
      selector: "node.no-value",
      style: { "border-width": 2, "border-style": "dashed", "border-color": "#8a8f98" },
    },
    {
      selector: "node.group",
      style: {
        label: "data(label)",
        "font-size": NODE_FONT_SIZE + 1,
        "font-weight": "bold",
        "text-valign": "center",
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "background-color": "#f4f1ea",
        "border-width": 2,
        "border-style": "double",
        "border-color": "#6b5b3e",
        width: "data(w)",
        height: "data(size)",
        "z-index": 999,
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "line-color": "#a8b0bb",
        "target-arrow-color": "#a8b0bb",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "straight",
        // Big canvases: haystack edges (a plain line, no arrow or node-shape intersection) are
        // the cheapest to project and draw; arrows are too small to see at that zoom anyway.
        ...(opts.nodeLabels === false
          ? { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" }
          : {}),
        ...(opts.edgeLabels
          ? {
              label: "data(label)",
              "font-size": 9,
              color: "#555",
              "text-rotation": "autorotate",
              "text-background-color": "#fff",
              "text-background-opacity": 0.8,
              "min-zoomed-font-size": 7,
            }
          : {}),
      },
    },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#1a1a1a", "z-index": 1000 } },
    ...(opts.nodeLabels === false
      ? [
          { selector: "node:selected, node.path", style: { label: "data(label)" } },
          // Selected and path edges keep their direction.
          {
            selector: "edge:selected, edge.path",
            style: { "curve-style": "straight" as const, "target-arrow-shape": "triangle" as const },
          },
        ]
      : []),
    { selector: "edge:selected", style: { "line-color": "#333", "target-arrow-color": "#333", width: 3 } },
    { selector: "node.pinned", style: { "border-width": 3, "border-style": "double", "border-color": "#333" } },
    { selector: ".faded", style: { opacity: 0.15 } },
    { selector: ".filtered, .hidden", style: { display: "none" } },
    { selector: "edge.path", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", width: 4 } },
    { selector: "node.path", style: { "border-width": 4, "border-color": "#d62728" } },
  ];
}
