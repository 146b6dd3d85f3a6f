/** Partner-gap queries (graph-api/schema/gaps.graphql); role alliance or admin. */
import { graphql } from "../../../gql";

export const AlliancesDocument = graphql(`
  query ViewAlliances {
    alliances(limit: 50, sort: [{ name: ASC }]) {
      id
      name
      kind
    }
  }
`);

export const GapMatrixDocument = graphql(`
  query ViewGapMatrix($allianceId: ID, $period: DatePeriod, $memberLimit: Int) {
    partnerGaps(allianceId: $allianceId, limit: 100) {
      chainId
      chainName
      ecosystem
      availableResults
      labs
      openDemands
      enterprises
      memberAgencies
      brokers
      intermediaries
      gap
      pressure
    }
    memberGaps(allianceId: $allianceId, period: $period, limit: $memberLimit) {
      memberId
      memberName
      memberType
      handledChains
      partners
      uncoveredChains {
        chainId
        chainName
        deals
      }
    }
  }
`);

export const SuggestPartnersDocument = graphql(`
  query ViewSuggestPartners($orgId: ID!) {
    suggestPartners(orgId: $orgId, limit: 8) {
      partner {
        id
      }
      name
      type
      allianceMember
      score
      gapChains {
        id
        name
      }
      explanations {
        kind
        source
        zh
        en
      }
      whyNotHigher {
        kind
        source
        zh
        en
      }
      breakdown {
        name
        value
        weight
        contribution
      }
    }
  }
`);
