/**
 * Betweenness and community of organisations from the network evaluation (network.graphql), for
 * "size/colour by" on the canvas. Fetched only while such a measure is chosen; organisations
 * outside the top NETWORK_LIMIT by betweenness, and non-organisations, have no value (shown grey).
 */
import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { ExternalMeasures } from "../../canvas-model/measures";

/** At most the server's default MAX_PAGE_SIZE. */
export const NETWORK_LIMIT = 500;

export const NetworkMeasuresDocument = graphql(`
  query ExploreNetworkMeasures($limit: Int) {
    networkEvaluation(sort: BETWEENNESS, limit: $limit, edgeLimit: 0) {
      nodes {
        organisation {
          id
        }
        betweenness
        community
      }
    }
  }
`);

export function useNetworkMeasures(enabled: boolean): ExternalMeasures | undefined {
  const [{ data }] = useQuery({ query: NetworkMeasuresDocument, variables: { limit: NETWORK_LIMIT }, pause: !enabled });
  return useMemo(
    () =>
      data
        ? new Map(
            data.networkEvaluation.nodes.map((n) => [
              n.organisation.id,
              { betweenness: n.betweenness, community: n.community },
            ]),
          )
        : undefined,
    [data],
  );
}
