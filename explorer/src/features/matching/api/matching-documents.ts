/** Matching queries (graph-api/schema/matching.graphql) and the OPEN demands to pick from. */
import { graphql } from "../../../gql";

export const OpenDemandsDocument = graphql(`
  query ViewOpenDemands($limit: Int) {
    demands(where: { status: { eq: OPEN } }, limit: $limit, sort: [{ postedOn: DESC }]) {
      id
      name
      postedOn
      budget
      enterprises(limit: 1) {
        name
      }
    }
  }
`);

export const MatchDocument = graphql(`
  query ViewMatch($demandId: ID!, $limit: Int) {
    matchResults(demandId: $demandId, limit: $limit) {
      demand {
        id
        name
        status
        chains {
          id
          name
        }
      }
      items {
        rank
        result {
          id
        }
        name
        kind
        trl
        status
        developer {
          id
          name
          type
        }
        score
        breakdown {
          name
          value
          weight
          contribution
          detail
        }
      }
    }
    recommendBrokers(demandId: $demandId, limit: $limit) {
      items {
        rank
        broker {
          id
        }
        name
        titleLevel
        employer {
          id
          name
          type
        }
        score
        breakdown {
          name
          value
          weight
          contribution
          detail
        }
        reasons {
          kind
          source
          zh
          en
        }
      }
    }
  }
`);
