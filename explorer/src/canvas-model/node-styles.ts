/**
 * Visual identity of each node type: colour and shape. Colours are a qualitative palette readable
 * on a projector and distinct in greyscale order for the main supply → broker → demand types.
 */
import { NODE_TYPE_NAMES, type NodeType } from "@ttgraph/domain/model";

/** Node names' font size (model px): the mapping sizes group labels by it, the stylesheet draws
 * names at it, and labels-in-view.ts decides readability from it. */
export const NODE_FONT_SIZE = 11;

export interface TypeStyle {
  color: string;
  shape:
    | "ellipse"
    | "round-rectangle"
    | "diamond"
    | "hexagon"
    | "triangle"
    | "star"
    | "tag"
    | "barrel"
    | "rhomboid"
    | "vee"
    | "octagon"
    | "pentagon"
    | "round-triangle"
    | "concave-hexagon";
}

export const TYPE_STYLES: Record<NodeType, TypeStyle> = {
  Broker: { color: "#e15759", shape: "ellipse" },
  Agency: { color: "#f28e2b", shape: "round-rectangle" },
  Alliance: { color: "#b07aa1", shape: "octagon" },
  Institution: { color: "#4e79a7", shape: "round-rectangle" },
  Lab: { color: "#76b7b2", shape: "hexagon" },
  Enterprise: { color: "#59a14f", shape: "round-rectangle" },
  IndustryChain: { color: "#edc948", shape: "star" },
  District: { color: "#9c755f", shape: "pentagon" },
  Result: { color: "#1f77b4", shape: "diamond" },
  Demand: { color: "#8cd17d", shape: "tag" },
  Deal: { color: "#ff9da7", shape: "round-triangle" },
  Event: { color: "#bab0ac", shape: "barrel" },
  Platform: { color: "#86bcb6", shape: "concave-hexagon" },
  Award: { color: "#d4a6c8", shape: "vee" },
};

const FALLBACK: TypeStyle = { color: "#999999", shape: "ellipse" };

/** Style of a type; unknown types get grey circles rather than failing. */
export function typeStyle(type: string): TypeStyle {
  return (TYPE_STYLES as Record<string, TypeStyle>)[type] ?? FALLBACK;
}

/** All node types in legend order. */
export const LEGEND_TYPES: readonly NodeType[] = NODE_TYPE_NAMES;
