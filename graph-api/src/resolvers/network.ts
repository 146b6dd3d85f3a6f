/**
 * Network evaluation fields (network.graphql). Public: only ids, names and types of organisations
 * and brokers, never personal fields. One NetworkService (and so one cache) per driver.
 */
import { brokerageOf, evaluateNetwork, networkNode, type NetworkSort } from "../graph/network/evaluate-network.js";
import { openPeriodArg, pageSizeArg } from "./args/index.js";
import { sharedNetworkService, type BrokerageGroupBy } from "../graph/network/network-service.js";
import type { ResolverModule } from "./index.js";

/** Edges are small; a drawing of MAX_PAGE_SIZE nodes needs several per node. */
const MAX_EDGES = 2000;

interface PeriodArgs {
  from?: unknown;
  to?: unknown;
  groupBy?: BrokerageGroupBy | null;
}

export const networkResolvers: ResolverModule = ({ driver, config }) => {
  // Looked up per call: the schema is also built without a driver (printing the SDL).
  const service = () => sharedNetworkService(driver, config.NEO4J_DATABASE);
  return {
    Query: {
      networkEvaluation: (
        _p,
        a: PeriodArgs & {
          sort?: NetworkSort | null;
          community?: number | null;
          limit?: number | null;
          edgeLimit?: number | null;
        },
      ) =>
        evaluateNetwork(service(), {
          ...openPeriodArg(a.from, a.to),
          groupBy: a.groupBy ?? "IN_CHENGDU",
          sort: a.sort ?? "PAGERANK",
          community: a.community ?? null,
          limit: pageSizeArg(a.limit, "limit", { default: 100, max: config.MAX_PAGE_SIZE }),
          edgeLimit: pageSizeArg(a.edgeLimit, "edgeLimit", { default: 500, max: MAX_EDGES, min: 0 }),
        }),
      networkNode: (_p, a: PeriodArgs & { id: string }) =>
        networkNode(service(), a.id, openPeriodArg(a.from, a.to), a.groupBy ?? "IN_CHENGDU"),
      brokerageRoles: (_p, a: PeriodArgs & { id: string }) =>
        brokerageOf(service(), a.id, openPeriodArg(a.from, a.to), a.groupBy ?? "IN_CHENGDU"),
    },
  };
};
