/** Journey-specific style rules on top of the explorer's stylesheet (wrapped labels, Chengdu marks). */
import type { StylesheetJson } from "cytoscape";
import { buildStylesheet } from "../../../cytoscape/stylesheet";

export function journeyStylesheet(): StylesheetJson {
  return [
    ...buildStylesheet({ edgeLabels: true, minZoomedFontSize: 4 }),
    { selector: "node", style: { "text-wrap": "wrap", "text-max-width": "150px", "font-size": 11 } },
    {
      selector: "node.deal-group",
      style: {
        shape: "round-rectangle",
        width: "data(w)",
        height: "data(h)",
        "text-valign": "center",
        "text-halign": "center",
        "background-color": "#fde3e7",
        "font-size": 12,
      },
    },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#16325c", "font-weight": "bold" } },
    { selector: "node.in-chengdu", style: { "border-width": 4, "border-color": "#2e9d4a" } },
    { selector: "node.outside", style: { "border-width": 3, "border-color": "#8a8f98", "border-style": "dashed" } },
    {
      selector: "node.heading",
      style: {
        shape: "round-rectangle",
        "background-opacity": 0,
        "border-width": 0,
        label: "data(label)",
        "text-valign": "center",
        "font-size": 13,
        "font-weight": "bold",
        color: "#16325c",
        width: 140,
        height: 24,
        events: "no",
      },
    },
    { selector: "edge", style: { "curve-style": "bezier", "font-size": 9 } },
    { selector: "edge.lead", style: { width: 3, "line-color": "#e15759", "target-arrow-color": "#e15759" } },
  ];
}
