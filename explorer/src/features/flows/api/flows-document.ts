/**
 * Flows for the Sankey (graph-api/schema/tracing.graphql), aggregated in the database with the
 * long tail folded into 其他, and the period's 在蓉转化率 from conversionRate — the same figures
 * as the conversion view (a drilled-in source: its own group's figures).
 */
import { graphql } from "../../../gql";

export const FlowsDocument = graphql(`
  query ViewFlows(
    $period: DatePeriod!
    $source: FlowSource
    $target: FlowTarget
    $sourceId: ID
    $nodesPerSide: Int
    $groupBy: ConversionGroupBy
  ) {
    flows(period: $period, source: $source, target: $target, sourceId: $sourceId, nodesPerSide: $nodesPerSide) {
      totalDeals
      totalAmount
      otherValue
      unplacedValue
      nodes {
        key
        node {
          id
        }
        name
        type
        side
        kind
        inChengdu
        members
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
    conversionRate(period: $period, groupBy: $groupBy, limit: 500) {
      overall {
        deals
        onSiteDeals
        rateByCount
        rateByAmount
      }
      groups {
        node {
          id
        }
        figures {
          deals
          onSiteDeals
          rateByCount
          rateByAmount
        }
      }
      coverage {
        periodDeals
        sellerOutsideChengdu
        sellerUnplaced
        buyerUnplaced
      }
    }
  }
`);
