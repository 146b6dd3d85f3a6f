/**
 * The explorer core's GraphQL documents (graph-api/schema/explore.graphql). Shared by features:
 * search, canvas (expand, counts, path), details (node) and share (restore a canvas from a link).
 */
import { graphql } from "../../gql";

export const SearchPageDocument = graphql(`
  query ExploreSearchPage($text: String!, $types: [NodeType!], $limit: Int, $offset: Int) {
    searchPage(text: $text, types: $types, limit: $limit, offset: $offset) {
      nodes {
        ...ExploreNodeFields
      }
      total
      totalCapped
      ranked
      nextOffset
      typeCounts {
        type
        count
      }
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
      byType {
        type
        count
      }
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
      byType {
        type
        count
      }
    }
  }
`);

export const ExpandDocument = graphql(`
  query ExploreExpand(
    $id: ID!
    $relType: RelationshipType
    $direction: ExploreDirection
    $neighbourType: NodeType
    $year: Int
    $groupAbove: Int
    $limit: Int
    $offset: Int
  ) {
    expand(
      id: $id
      relType: $relType
      direction: $direction
      neighbourType: $neighbourType
      year: $year
      groupAbove: $groupAbove
      limit: $limit
      offset: $offset
    ) {
      nodes {
        ...ExploreNodeFields
      }
      edges {
        ...ExploreEdgeFields
      }
      total
      nextOffset
      groups {
        relType
        direction
        neighbourType
        count
      }
    }
  }
`);

export const NeighbourYearsDocument = graphql(`
  query ExploreNeighbourYears(
    $id: ID!
    $relType: RelationshipType!
    $direction: ExploreDirection!
    $neighbourType: NodeType!
  ) {
    neighbourYears(id: $id, relType: $relType, direction: $direction, neighbourType: $neighbourType) {
      year
      count
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
  query ExploreNodesByType($type: NodeType!, $limit: Int) {
    nodesByType(type: $type, limit: $limit) {
      id
      name
      inChengdu
    }
  }
`);
