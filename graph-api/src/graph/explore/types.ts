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

export interface ExploreNeighbourCount {
  relType: string;
  direction: ExploreDirection;
  count: number;
  neighbourTypes: string[];
}

export interface ExplorePage extends ExploreSubgraph {
  total: number;
  nextOffset: number | null;
}
