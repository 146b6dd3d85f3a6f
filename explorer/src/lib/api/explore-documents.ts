/**
 * The explorer core's GraphQL documents (graph-api/schema/explore.graphql). Shared by features:
 * search, canvas (expand, counts, path), details (node) and share (restore a canvas from a link).
 */
import { graphql } from "../../gql";

export const SearchDocument = graphql(`
  query ExploreSearch($text: String!, $types: [String!], $limit: Int) {
    search(text: $text, types: $types, limit: $limit) {
      ...ExploreNodeFields
    }
  }
`);

export const NodeDocument = graphql(`
  query ExploreNode($id: ID!) {
    node(id: $id) {
      ...ExploreNodeFields
    }
    neighbourCounts(id: $id) {
      relType
      direction
      count
      neighbourTypes
    }
  }
`);

export const NeighbourCountsDocument = graphql(`
  query ExploreNeighbourCounts($id: ID!) {
    neighbourCounts(id: $id) {
      relType
      direction
      count
      neighbourTypes
    }
  }
`);

export const ExpandDocument = graphql(`
  query ExploreExpand($id: ID!, $relType: String, $direction: ExploreDirection, $limit: Int, $offset: Int) {
    expand(id: $id, relType: $relType, direction: $direction, limit: $limit, offset: $offset) {
      nodes {
        ...ExploreNodeFields
      }
      edges {
        ...ExploreEdgeFields
      }
      total
      nextOffset
    }
  }
`);

export const SubgraphDocument = graphql(`
  query ExploreSubgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      nodes {
        ...ExploreNodeFields
      }
      edges {
        ...ExploreEdgeFields
      }
    }
  }
`);

export const ShortestPathDocument = graphql(`
  query ExploreShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int) {
    shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
      nodes {
        ...ExploreNodeFields
      }
      edges {
        ...ExploreEdgeFields
      }
    }
  }
`);

export const NodesByTypeDocument = graphql(`
  query ExploreNodesByType($type: String!, $limit: Int) {
    nodesByType(type: $type, limit: $limit) {
      id
      name
      inChengdu
    }
  }
`);
