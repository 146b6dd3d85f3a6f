/** The resultJourney query (graph-api/schema/tracing.graphql). */
import { graphql } from "../../../gql";

export const ResultJourneyDocument = graphql(`
  query ViewResultJourney($id: ID!) {
    resultJourney(id: $id) {
      result {
        id
        name
        type
      }
      kind
      year
      trl
      status
      chains {
        id
        name
      }
      developers {
        developer {
          id
          name
          type
        }
        institution {
          id
          name
          type
        }
      }
      events {
        id
        name
        date
      }
      platforms {
        id
        name
      }
      deals {
        id
        name
        kind
        signedOn
        amount
        brokers {
          broker {
            id
          }
          name
          role
        }
        agencies {
          id
          name
          type
        }
        buyer {
          id
          name
          type
        }
        buyerDistrict {
          id
          name
          type
        }
        buyerInChengdu
        buyerChains {
          id
          name
          type
        }
        originatedAt {
          id
          name
          type
        }
      }
      timeline {
        kind
        refId
        label
        date
      }
    }
  }
`);
