/** The journey picker's list: results by deals (graph-api/schema/tracing.graphql `resultsByDeals`). */
import { graphql } from "../../../gql";

export const ResultsByDealsDocument = graphql(`
  query ViewResultsByDeals($text: String, $limit: Int, $offset: Int) {
    resultsByDeals(text: $text, limit: $limit, offset: $offset) {
      total
      nextOffset
      items {
        id
        name
        year
        deals
        inChengduDeals
      }
    }
  }
`);
