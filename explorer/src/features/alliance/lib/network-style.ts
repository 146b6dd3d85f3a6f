/** Alliance-network rules on top of the explorer's stylesheet: weighted ties, member and gap outlines. */
import type { StylesheetJson } from "cytoscape";
import { buildStylesheet } from "../../../cytoscape/stylesheet";

/**
 * Class of the community nodes while they alone are drawn (placed in rows): their label goes to
 * the right of the circle, where a row has room, rather than below it.
 */
export const IN_ROWS = "in-rows";

export function networkStylesheet(): StylesheetJson {
  return [
    ...buildStylesheet({ edgeLabels: false, minZoomedFontSize: 8 }),
    // Label size follows node size, so the hubs stay named when the whole network is in view.
    { selector: "node", style: { "font-size": "mapData(size, 16, 70, 9, 26)", "min-zoomed-font-size": 7 } },
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "#b8bec7",
        "target-arrow-shape": "none",
        opacity: 0.55,
        "curve-style": "straight",
      },
    },
    { selector: "node.member", style: { "border-width": 3, "border-color": "#16325c" } },
    { selector: "node.gap", style: { "border-width": 6, "border-style": "double", "border-color": "#d62728" } },
    { selector: "node.outside", style: { opacity: 0.75 } },
    {
      selector: "node.community",
      style: {
        "font-size": "mapData(size, 16, 70, 11, 16)",
        "font-weight": "bold",
        "text-wrap": "wrap",
        // wide enough for the chains line ("#3 智能终端 31% · 高端软件 23%") on one line
        "text-max-width": "260px",
      },
    },
    {
      selector: `node.community.${IN_ROWS}`,
      style: { "text-halign": "right", "text-valign": "center", "text-margin-x": 4, "text-margin-y": 0 },
    },
    { selector: "node:selected", style: { "border-width": 6, "border-color": "#f5a623" } },
  ];
}
