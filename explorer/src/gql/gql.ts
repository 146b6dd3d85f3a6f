/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ViewResultJourney($id: ID!) {\n    resultJourney(id: $id) {\n      result {\n        id\n        name\n        type\n      }\n      kind\n      year\n      trl\n      status\n      chains {\n        id\n        name\n      }\n      developers {\n        developer {\n          id\n          name\n          type\n        }\n        institution {\n          id\n          name\n          type\n        }\n      }\n      events {\n        id\n        name\n        date\n      }\n      platforms {\n        id\n        name\n      }\n      deals {\n        id\n        name\n        kind\n        signedOn\n        amount\n        brokers {\n          id\n          name\n          role\n        }\n        agencies {\n          id\n          name\n          type\n        }\n        buyer {\n          id\n          name\n          type\n        }\n        buyerDistrict {\n          id\n          name\n          type\n        }\n        buyerInChengdu\n        buyerChains {\n          id\n          name\n          type\n        }\n        originatedAt {\n          id\n          name\n          type\n        }\n      }\n      timeline {\n        kind\n        refId\n        label\n        date\n      }\n    }\n  }\n": typeof types.ViewResultJourneyDocument,
    "\n  query ExploreSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      ...ExploreNodeFields\n    }\n  }\n": typeof types.ExploreSearchDocument,
    "\n  query ExploreNode($id: ID!) {\n    node(id: $id) {\n      ...ExploreNodeFields\n    }\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n": typeof types.ExploreNodeDocument,
    "\n  query ExploreNeighbourCounts($id: ID!) {\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n": typeof types.ExploreNeighbourCountsDocument,
    "\n  query ExploreExpand($id: ID!, $relType: String, $direction: ExploreDirection, $limit: Int, $offset: Int) {\n    expand(id: $id, relType: $relType, direction: $direction, limit: $limit, offset: $offset) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n      total\n      nextOffset\n    }\n  }\n": typeof types.ExploreExpandDocument,
    "\n  query ExploreSubgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n": typeof types.ExploreSubgraphDocument,
    "\n  query ExploreShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int) {\n    shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n": typeof types.ExploreShortestPathDocument,
    "\n  query ExploreNodesByType($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      inChengdu\n    }\n  }\n": typeof types.ExploreNodesByTypeDocument,
    "\n  fragment ExploreNodeFields on ExploreNode {\n    id\n    type\n    name\n    nameEn\n    properties {\n      key\n      value\n    }\n    degree\n    districtId\n    districtName\n    inChengdu\n    chainIds\n    year\n    amount\n  }\n": typeof types.ExploreNodeFieldsFragmentDoc,
    "\n  fragment ExploreEdgeFields on ExploreEdge {\n    id\n    type\n    source\n    target\n    properties {\n      key\n      value\n    }\n  }\n": typeof types.ExploreEdgeFieldsFragmentDoc,
    "\n  query ExploreNetworkMeasures($limit: Int) {\n    networkEvaluation(sort: BETWEENNESS, limit: $limit, edgeLimit: 0) {\n      nodes {\n        id\n        betweenness\n        community\n      }\n    }\n  }\n": typeof types.ExploreNetworkMeasuresDocument,
    "\n  query AnalysisPickSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n": typeof types.AnalysisPickSearchDocument,
    "\n  query AnalysisPickList($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n": typeof types.AnalysisPickListDocument,
};
const documents: Documents = {
    "\n  query ViewResultJourney($id: ID!) {\n    resultJourney(id: $id) {\n      result {\n        id\n        name\n        type\n      }\n      kind\n      year\n      trl\n      status\n      chains {\n        id\n        name\n      }\n      developers {\n        developer {\n          id\n          name\n          type\n        }\n        institution {\n          id\n          name\n          type\n        }\n      }\n      events {\n        id\n        name\n        date\n      }\n      platforms {\n        id\n        name\n      }\n      deals {\n        id\n        name\n        kind\n        signedOn\n        amount\n        brokers {\n          id\n          name\n          role\n        }\n        agencies {\n          id\n          name\n          type\n        }\n        buyer {\n          id\n          name\n          type\n        }\n        buyerDistrict {\n          id\n          name\n          type\n        }\n        buyerInChengdu\n        buyerChains {\n          id\n          name\n          type\n        }\n        originatedAt {\n          id\n          name\n          type\n        }\n      }\n      timeline {\n        kind\n        refId\n        label\n        date\n      }\n    }\n  }\n": types.ViewResultJourneyDocument,
    "\n  query ExploreSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      ...ExploreNodeFields\n    }\n  }\n": types.ExploreSearchDocument,
    "\n  query ExploreNode($id: ID!) {\n    node(id: $id) {\n      ...ExploreNodeFields\n    }\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n": types.ExploreNodeDocument,
    "\n  query ExploreNeighbourCounts($id: ID!) {\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n": types.ExploreNeighbourCountsDocument,
    "\n  query ExploreExpand($id: ID!, $relType: String, $direction: ExploreDirection, $limit: Int, $offset: Int) {\n    expand(id: $id, relType: $relType, direction: $direction, limit: $limit, offset: $offset) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n      total\n      nextOffset\n    }\n  }\n": types.ExploreExpandDocument,
    "\n  query ExploreSubgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n": types.ExploreSubgraphDocument,
    "\n  query ExploreShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int) {\n    shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n": types.ExploreShortestPathDocument,
    "\n  query ExploreNodesByType($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      inChengdu\n    }\n  }\n": types.ExploreNodesByTypeDocument,
    "\n  fragment ExploreNodeFields on ExploreNode {\n    id\n    type\n    name\n    nameEn\n    properties {\n      key\n      value\n    }\n    degree\n    districtId\n    districtName\n    inChengdu\n    chainIds\n    year\n    amount\n  }\n": types.ExploreNodeFieldsFragmentDoc,
    "\n  fragment ExploreEdgeFields on ExploreEdge {\n    id\n    type\n    source\n    target\n    properties {\n      key\n      value\n    }\n  }\n": types.ExploreEdgeFieldsFragmentDoc,
    "\n  query ExploreNetworkMeasures($limit: Int) {\n    networkEvaluation(sort: BETWEENNESS, limit: $limit, edgeLimit: 0) {\n      nodes {\n        id\n        betweenness\n        community\n      }\n    }\n  }\n": types.ExploreNetworkMeasuresDocument,
    "\n  query AnalysisPickSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n": types.AnalysisPickSearchDocument,
    "\n  query AnalysisPickList($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n": types.AnalysisPickListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewResultJourney($id: ID!) {\n    resultJourney(id: $id) {\n      result {\n        id\n        name\n        type\n      }\n      kind\n      year\n      trl\n      status\n      chains {\n        id\n        name\n      }\n      developers {\n        developer {\n          id\n          name\n          type\n        }\n        institution {\n          id\n          name\n          type\n        }\n      }\n      events {\n        id\n        name\n        date\n      }\n      platforms {\n        id\n        name\n      }\n      deals {\n        id\n        name\n        kind\n        signedOn\n        amount\n        brokers {\n          id\n          name\n          role\n        }\n        agencies {\n          id\n          name\n          type\n        }\n        buyer {\n          id\n          name\n          type\n        }\n        buyerDistrict {\n          id\n          name\n          type\n        }\n        buyerInChengdu\n        buyerChains {\n          id\n          name\n          type\n        }\n        originatedAt {\n          id\n          name\n          type\n        }\n      }\n      timeline {\n        kind\n        refId\n        label\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewResultJourney($id: ID!) {\n    resultJourney(id: $id) {\n      result {\n        id\n        name\n        type\n      }\n      kind\n      year\n      trl\n      status\n      chains {\n        id\n        name\n      }\n      developers {\n        developer {\n          id\n          name\n          type\n        }\n        institution {\n          id\n          name\n          type\n        }\n      }\n      events {\n        id\n        name\n        date\n      }\n      platforms {\n        id\n        name\n      }\n      deals {\n        id\n        name\n        kind\n        signedOn\n        amount\n        brokers {\n          id\n          name\n          role\n        }\n        agencies {\n          id\n          name\n          type\n        }\n        buyer {\n          id\n          name\n          type\n        }\n        buyerDistrict {\n          id\n          name\n          type\n        }\n        buyerInChengdu\n        buyerChains {\n          id\n          name\n          type\n        }\n        originatedAt {\n          id\n          name\n          type\n        }\n      }\n      timeline {\n        kind\n        refId\n        label\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      ...ExploreNodeFields\n    }\n  }\n"): (typeof documents)["\n  query ExploreSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      ...ExploreNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNode($id: ID!) {\n    node(id: $id) {\n      ...ExploreNodeFields\n    }\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n"): (typeof documents)["\n  query ExploreNode($id: ID!) {\n    node(id: $id) {\n      ...ExploreNodeFields\n    }\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighbourCounts($id: ID!) {\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n"): (typeof documents)["\n  query ExploreNeighbourCounts($id: ID!) {\n    neighbourCounts(id: $id) {\n      relType\n      direction\n      count\n      neighbourTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreExpand($id: ID!, $relType: String, $direction: ExploreDirection, $limit: Int, $offset: Int) {\n    expand(id: $id, relType: $relType, direction: $direction, limit: $limit, offset: $offset) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n      total\n      nextOffset\n    }\n  }\n"): (typeof documents)["\n  query ExploreExpand($id: ID!, $relType: String, $direction: ExploreDirection, $limit: Int, $offset: Int) {\n    expand(id: $id, relType: $relType, direction: $direction, limit: $limit, offset: $offset) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n      total\n      nextOffset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreSubgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExploreSubgraph($ids: [ID!]!) {\n    subgraph(ids: $ids) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int) {\n    shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExploreShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int) {\n    shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {\n      nodes {\n        ...ExploreNodeFields\n      }\n      edges {\n        ...ExploreEdgeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNodesByType($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      inChengdu\n    }\n  }\n"): (typeof documents)["\n  query ExploreNodesByType($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      inChengdu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreNodeFields on ExploreNode {\n    id\n    type\n    name\n    nameEn\n    properties {\n      key\n      value\n    }\n    degree\n    districtId\n    districtName\n    inChengdu\n    chainIds\n    year\n    amount\n  }\n"): (typeof documents)["\n  fragment ExploreNodeFields on ExploreNode {\n    id\n    type\n    name\n    nameEn\n    properties {\n      key\n      value\n    }\n    degree\n    districtId\n    districtName\n    inChengdu\n    chainIds\n    year\n    amount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreEdgeFields on ExploreEdge {\n    id\n    type\n    source\n    target\n    properties {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment ExploreEdgeFields on ExploreEdge {\n    id\n    type\n    source\n    target\n    properties {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNetworkMeasures($limit: Int) {\n    networkEvaluation(sort: BETWEENNESS, limit: $limit, edgeLimit: 0) {\n      nodes {\n        id\n        betweenness\n        community\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExploreNetworkMeasures($limit: Int) {\n    networkEvaluation(sort: BETWEENNESS, limit: $limit, edgeLimit: 0) {\n      nodes {\n        id\n        betweenness\n        community\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisPickSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n"): (typeof documents)["\n  query AnalysisPickSearch($text: String!, $types: [String!], $limit: Int) {\n    search(text: $text, types: $types, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisPickList($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n"): (typeof documents)["\n  query AnalysisPickList($type: String!, $limit: Int) {\n    nodesByType(type: $type, limit: $limit) {\n      id\n      name\n      type\n      districtName\n      year\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;