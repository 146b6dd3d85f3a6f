/**
 * Flows for the Sankey (graph-api/schema/tracing.graphql): the chosen picture, plus the same
 * flows to buyer districts (for the in-Chengdu share when the picture shows chains) and which
 * districts are in Chengdu.
 */
import { graphql } from "../../../gql";

export const FlowsDocument = graphql(`
  query ViewFlows($period: DatePeriod!, $source: FlowSource, $target: FlowTarget, $sourceId: ID, $limit: Int) {
    flows(period: $period, source: $source, target: $target, sourceId: $sourceId, limit: $limit) {
      totalDeals
      totalAmount
      nodes {
        key
        id
        name
        type
        side
        value
      }
      links {
        source
        target
        deals
        value
        amount
      }
    }
    landing: flows(period: $period, source: $source, target: DISTRICT, sourceId: $sourceId, limit: 500) {
      nodes {
        key
        id
        name
        type
        side
        value
      }
      links {
        source
        target
        deals
        value
        amount
      }
    }
    districts(where: { inChengdu: { eq: true } }, limit: 500) {
      id
    }
  }
`);
