/**
 * Key-actor queries: the network evaluation of a period ranked by a metric (organisations with
 * every figure and their ranks among all, intermediaries with their brokerage roles), the brokers'
 * employers, and one organisation's figures for the details panel. The figures come as fragments
 * (unmask them with useFragment from gql).
 */
import { graphql } from "../../../gql";

/** Counts of the five brokerage roles and their sum. */
export const RoleCountsFragment = graphql(`
  fragment RoleCounts on BrokerageRoles {
    coordinator
    consultant
    gatekeeper
    representative
    liaison
    total
  }
`);

/** An organisation's network figures with its rank among all organisations of the period. */
export const NetworkFiguresFragment = graphql(`
  fragment NetworkFigures on NetworkNode {
    organisation {
      id
    }
    pagerank
    betweenness
    degree
    constraint
    effectiveSize
    community
    brokerage {
      ...RoleCounts
    }
    ranks {
      pagerank
      betweenness
      degree
      constraint
      effectiveSize
    }
  }
`);

export const KeyActorsDocument = graphql(`
  query ViewKeyActors($period: DatePeriod, $sort: NetworkSort, $limit: Int) {
    networkEvaluation(period: $period, sort: $sort, limit: $limit, edgeLimit: 0) {
      status
      nodeCount
      nodes {
        name
        type
        ...NetworkFigures
      }
      intermediaries {
        node {
          id
        }
        name
        type
        roles {
          ...RoleCounts
        }
      }
    }
  }
`);

/** Where the brokers of the key-actor table (at most 100 rows) work (EMPLOYED_BY). */
export const BrokerEmployersDocument = graphql(`
  query ViewBrokerEmployers($ids: [ID!]!) {
    brokers(where: { id: { in: $ids } }, limit: 100) {
      id
      employers(limit: 1) {
        __typename
        ... on Agency {
          id
          name
        }
        ... on Institution {
          id
          name
        }
        ... on Enterprise {
          id
          name
        }
      }
    }
  }
`);

/** One organisation's figures in a period, with its rank among all (details panel). */
export const NetworkNodeFiguresDocument = graphql(`
  query NetworkNodeFigures($id: ID!, $period: DatePeriod) {
    networkNode(id: $id, period: $period) {
      ...NetworkFigures
    }
    networkEvaluation(period: $period, limit: 1, edgeLimit: 0) {
      nodeCount
    }
  }
`);
