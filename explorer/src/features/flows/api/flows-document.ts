/**
 * Flows for the Sankey (graph-api/schema/tracing.graphql): the chosen picture, plus the same
 * flows to buyer districts (for the in-Chengdu share when the picture shows chains) and which
 * districts are in Chengdu. Both flows share the FlowPicture selection.
 */
import { graphql, useFragment as unmask, type FragmentType } from "../../../gql";
import type { FlowsInput } from "../lib/sankey-layout";

export const FlowPicture = graphql(`
  fragment FlowPicture on Flows {
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
`);

/** The nodes and links of a masked FlowPicture. */
export function readFlowPicture(f: FragmentType<typeof FlowPicture>): FlowsInput {
  return unmask(FlowPicture, f);
}

export const FlowsDocument = graphql(`
  query ViewFlows($period: DatePeriod!, $source: FlowSource, $target: FlowTarget, $sourceId: ID, $limit: Int) {
    flows(period: $period, source: $source, target: $target, sourceId: $sourceId, limit: $limit) {
      totalDeals
      totalAmount
      ...FlowPicture
    }
    landing: flows(period: $period, source: $source, target: DISTRICT, sourceId: $sourceId, limit: 500) {
      ...FlowPicture
    }
    districts(where: { inChengdu: { eq: true } }, limit: 500) {
      id
    }
  }
`);
