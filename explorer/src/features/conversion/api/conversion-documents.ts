/**
 * The conversion view's queries (graph-api/schema/conversion.graphql): 在蓉转化率 for a period or
 * year by year, grouped by district, institution, lab or chain; and the deals behind one group.
 */
import { graphql } from "../../../gql";

export const ConversionFiguresFields = graphql(`
  fragment ConversionFiguresFields on ConversionFigures {
    deals
    onSiteDeals
    rateByCount
    amount
    onSiteAmount
    rateByAmount
    resultsTransferred
  }
`);

export const ConversionCoverageFields = graphql(`
  fragment ConversionCoverageFields on ConversionCoverage {
    periodDeals
    sellerOutsideChengdu
    sellerUnplaced
    buyerUnplaced
    ungrouped
  }
`);

export const ConversionDocument = graphql(`
  query ViewConversion($period: DatePeriod!, $groupBy: ConversionGroupBy, $limit: Int) {
    conversionRate(period: $period, groupBy: $groupBy, limit: $limit) {
      overall {
        ...ConversionFiguresFields
      }
      groups {
        node {
          id
        }
        name
        kind
        parent {
          id
          name
        }
        figures {
          ...ConversionFiguresFields
        }
      }
      coverage {
        ...ConversionCoverageFields
      }
    }
  }
`);

export const ConversionTrendDocument = graphql(`
  query ViewConversionTrend($years: DatePeriod!, $groupBy: ConversionGroupBy, $limit: Int) {
    conversionTrend(period: $years, groupBy: $groupBy, limit: $limit) {
      period {
        from
      }
      overall {
        ...ConversionFiguresFields
      }
      groups {
        node {
          id
        }
        name
        kind
        figures {
          ...ConversionFiguresFields
        }
      }
      coverage {
        ...ConversionCoverageFields
      }
    }
  }
`);

export const GroupDealsDocument = graphql(`
  query ViewConversionGroupDeals($where: DealWhere!) {
    deals(where: $where, limit: 100, sort: [{ signedOn: DESC }]) {
      id
      name
      signedOn
      amount
      buyers {
        id
        name
        districts {
          id
          name
          inChengdu
        }
      }
    }
  }
`);
