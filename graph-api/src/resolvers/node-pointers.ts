/**
 * The pointers of the answers whose figures depend on the arguments (a period, a grouping, the
 * organisation suggestions are for): they carry no id of their own, so that normalised client caches
 * (Apollo InMemoryCache, urql Graphcache) keep one answer per query instead of one per node, and
 * point to their node through a NodeRef entity built here from the row's id, name and type. The
 * domain rows keep their ids; only the schema stops exposing them as the answer's identity.
 */
import type { NodeRef } from "../graph/common/types.js";
import type { ResolverModule } from "./index.js";

/** The node a row describes, from its own id, name and type. */
const nodeOf = (row: NodeRef): NodeRef => ({ id: row.id, name: row.name, type: row.type });

/** A community's number within its period's partition (the domain row calls it id). */
const numberOf = (community: { id: number }) => community.id;

export const nodePointersResolvers: ResolverModule = () => ({
  NetworkNode: { organisation: nodeOf },
  Intermediary: { node: nodeOf },
  NetworkCommunity: { number: numberOf },
  PartnerSuggestion: { partner: nodeOf },
  // Folded nodes (其他, 未定位) stand for no node.
  FlowNode: { node: (n: NodeRef & { kind: string }) => (n.kind === "ENTITY" ? nodeOf(n) : null) },
  ReportNetworkOrg: { organisation: nodeOf },
  ReportIntermediary: { node: nodeOf },
  ReportCommunity: { number: numberOf },
});
