/**
 * Network evaluation fields (network.graphql). Public: only ids, names and types of organisations
 * and brokers, never personal fields. Answers come from the stored analytics; the process's
 * AnalyticsService starts a run in a worker thread when the current graph version has none.
 */
import {
  brokerageOf,
  evaluateNetwork,
  networkNode,
  type NetworkContext,
  type NetworkSort,
} from "../graph/network/evaluate-network.js";
import { analyticsStatus } from "../graph/analytics/analytics-status.js";
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { boundedInt, optionalPeriod } from "../graph/network/args.js";
import type { BrokerageGroupBy } from "../graph/network/network-service.js";
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
  const ctx = (): NetworkContext => ({
    driver,
    analytics: analyticsService(driver, config),
    database: config.NEO4J_DATABASE,
  });
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
        evaluateNetwork(ctx(), {
          ...optionalPeriod(a.from, a.to),
          groupBy: a.groupBy ?? "IN_CHENGDU",
          sort: a.sort ?? "PAGERANK",
          community:
            a.community === null || a.community === undefined
              ? null
              : boundedInt(a.community, "community", 0, Number.MAX_SAFE_INTEGER, 0),
          limit: boundedInt(a.limit, "limit", 100, config.MAX_PAGE_SIZE),
          edgeLimit: boundedInt(a.edgeLimit, "edgeLimit", 500, MAX_EDGES, 0),
        }),
      networkNode: (_p, a: PeriodArgs & { id: string }) =>
        networkNode(ctx(), a.id, optionalPeriod(a.from, a.to), a.groupBy ?? "IN_CHENGDU"),
      brokerageRoles: (_p, a: PeriodArgs & { id: string }) =>
        brokerageOf(ctx(), a.id, optionalPeriod(a.from, a.to), a.groupBy ?? "IN_CHENGDU"),
      analyticsStatus: () => analyticsStatus(ctx()),
    },
  };
};
