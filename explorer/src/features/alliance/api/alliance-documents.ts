/**
 * Alliance-network queries: network evaluation of a period (public), the organisations of one
 * community (public), members (public), member gaps (alliance).
 */
import { graphql } from "../../../gql";

/** What the canvas draws of an organisation. */
export const AllianceNetworkNodeFragment = graphql(`
  fragment AllianceNetworkNode on NetworkNode {
    organisation {
      id
    }
    name
    type
    inChengdu
    degree
    pagerank
    betweenness
    community
  }
`);

export const AllianceNetworkTieFragment = graphql(`
  fragment AllianceNetworkTie on NetworkEdge {
    source
    target
    weight
  }
`);

export const AllianceNetworkDocument = graphql(`
  query ViewAllianceNetwork($period: DatePeriod, $sort: NetworkSort, $limit: Int, $edgeLimit: Int) {
    networkEvaluation(period: $period, sort: $sort, limit: $limit, edgeLimit: $edgeLimit) {
      status
      progress {
        phase
        done
        total
      }
      nodeCount
      edgeCount
      communityCount
      modularity
      nodes {
        ...AllianceNetworkNode
      }
      edges {
        ...AllianceNetworkTie
      }
      communities {
        number
        size
        topMembers {
          id
          name
        }
        deals
        dominantChains {
          chainId
          name
          deals
          share
        }
      }
    }
    alliances(limit: 50, sort: [{ id: ASC }]) {
      id
      name
      kind
    }
  }
`);

/** The organisations of one community (the community the planner opened), ranked by `sort`. */
export const AllianceCommunityDocument = graphql(`
  query ViewAllianceCommunity($community: Int, $period: DatePeriod, $sort: NetworkSort, $limit: Int) {
    networkEvaluation(community: $community, period: $period, sort: $sort, limit: $limit, edgeLimit: 600) {
      nodes {
        ...AllianceNetworkNode
      }
      edges {
        ...AllianceNetworkTie
      }
    }
  }
`);

/**
 * Which of the organisations on the canvas are members (their MEMBER_OF ties to the alliance,
 * whatever the alliance's size), and how many members it has in all.
 */
export const AllianceMembersDocument = graphql(`
  query ViewAllianceMembers($id: ID!, $ids: [ID!]!) {
    count: expand(id: $id, relType: MEMBER_OF, direction: IN, limit: 1) {
      total
    }
    ties: subgraph(ids: $ids) {
      edges {
        source
        target
        type
      }
    }
  }
`);

export const AllianceGapsDocument = graphql(`
  query ViewAllianceGaps($allianceId: ID) {
    memberGaps(allianceId: $allianceId, limit: 200) {
      memberId
      uncoveredChains {
        deals
      }
    }
  }
`);
