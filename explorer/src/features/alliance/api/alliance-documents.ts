/** Alliance-network queries: network evaluation (public), members (public), member gaps (alliance). */
import { graphql } from "../../../gql";

export const AllianceNetworkDocument = graphql(`
  query ViewAllianceNetwork($from: Date, $to: Date, $sort: NetworkSort, $limit: Int, $edgeLimit: Int) {
    networkEvaluation(from: $from, to: $to, sort: $sort, limit: $limit, edgeLimit: $edgeLimit) {
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
        id
        name
        type
        inChengdu
        degree
        pagerank
        betweenness
        community
      }
      edges {
        source
        target
        weight
      }
      communities {
        id
        size
        topMembers {
          id
          name
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

export const AllianceMembersDocument = graphql(`
  query ViewAllianceMembers($id: ID!) {
    expand(id: $id, relType: "MEMBER_OF", direction: IN, limit: 500) {
      total
      nodes {
        id
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
