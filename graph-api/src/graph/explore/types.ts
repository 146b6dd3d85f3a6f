/** Shapes of the explore API (graph-api/schema/explore.graphql). */

export interface ExploreProperty {
  key: string;
  value: string;
}

export interface ExploreNode {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  properties: ExploreProperty[];
  degree: number;
  districtId: string | null;
  districtName: string | null;
  inChengdu: boolean | null;
  chainIds: string[];
  year: number | null;
  amount: number | null;
}

export interface ExploreEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: ExploreProperty[];
}

export interface ExploreSubgraph {
  nodes: ExploreNode[];
  edges: ExploreEdge[];
}

export type ExploreDirection = "OUT" | "IN";

export interface ExploreTypeCount {
  type: string;
  count: number;
}

export interface ExploreNeighbourCount {
  relType: string;
  direction: ExploreDirection;
  count: number;
  neighbourTypes: string[];
  byType: ExploreTypeCount[];
}

export interface ExploreNeighbourGroup {
  relType: string;
  direction: ExploreDirection;
  neighbourType: string;
  count: number;
}

export interface ExplorePage extends ExploreSubgraph {
  total: number;
  nextOffset: number | null;
  groups: ExploreNeighbourGroup[];
}

export interface ExploreYearCount {
  year: number | null;
  count: number;
}

export interface ExploreSearchPage {
  nodes: ExploreNode[];
  /** Hits of the wanted types. */
  total: number;
  /** The scan reached its cap: `total` is a lower bound. */
  totalCapped: boolean;
  /** Hits per type, every type (the filter not applied). */
  typeCounts: ExploreTypeCount[];
  /** How many of `total` can be paged through (the ranked ones). */
  ranked: number;
  nextOffset: number | null;
}
