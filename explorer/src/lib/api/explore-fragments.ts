/**
 * The fields every explorer query selects on ExploreNode/ExploreEdge, as fragments shared by the
 * search, expand, details and restore documents. Read them with `readNode`/`readEdge`
 * (fragment masking is on: the generated types hide fragment fields until unmasked).
 */
import { graphql, useFragment as unmask, type FragmentType } from "../../gql";
import { edgeFromApi, nodeFromApi } from "../../canvas-model/from-api";
import type { GraphEdge, GraphNode, Subgraph } from "../../canvas-model/types";

export const ExploreNodeFields = graphql(`
  fragment ExploreNodeFields on ExploreNode {
    id
    type
    name
    nameEn
    properties {
      key
      value
    }
    degree
    districtId
    districtName
    inChengdu
    chainIds
    year
    amount
  }
`);

export const ExploreEdgeFields = graphql(`
  fragment ExploreEdgeFields on ExploreEdge {
    id
    type
    source
    target
    properties {
      key
      value
    }
  }
`);

export function readNode(n: FragmentType<typeof ExploreNodeFields>): GraphNode {
  return nodeFromApi(unmask(ExploreNodeFields, n));
}

export function readEdge(e: FragmentType<typeof ExploreEdgeFields>): GraphEdge {
  return edgeFromApi(unmask(ExploreEdgeFields, e));
}

export function readSubgraph(s: {
  nodes: readonly FragmentType<typeof ExploreNodeFields>[];
  edges: readonly FragmentType<typeof ExploreEdgeFields>[];
}): Subgraph {
  return { nodes: s.nodes.map(readNode), edges: s.edges.map(readEdge) };
}
