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
import type { BrokerageGroupBy } from "../graph/network/network-service.js";
import { idArg, intArg, openPeriodInput, pageSizeArg, type DatePeriodInput } from "./args/index.js";
import type { ApiContext } from "../auth/context.js";
import type { ResolverModule } from "./index.js";

/** Edges are small; a drawing of MAX_PAGE_SIZE nodes needs several per node. */
const MAX_EDGES = 2000;

interface PeriodArgs {
  period?: DatePeriodInput | null;
  from?: unknown;
  to?: unknown;
  groupBy?: BrokerageGroupBy | null;
}

export const networkResolvers: ResolverModule = ({ driver, config }) => {
  // Looked up per call: the schema is also built without a driver (printing the SDL).
  const ctx = (context: ApiContext): NetworkContext => ({
    ...context.request,
    analytics: analyticsService(driver, config),
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
        context,
      ) =>
        evaluateNetwork(ctx(context), {
          ...openPeriodInput(a.period, a),
          groupBy: a.groupBy ?? "IN_CHENGDU",
          sort: a.sort ?? "PAGERANK",
          community:
            a.community === null || a.community === undefined
              ? null
              : intArg(a.community, "community", { fallback: 0, min: 0 }),
          limit: pageSizeArg(a.limit, "limit", { default: 100, max: config.MAX_PAGE_SIZE }),
          edgeLimit: pageSizeArg(a.edgeLimit, "edgeLimit", { default: 500, max: MAX_EDGES, min: 0 }),
        }),
      networkNode: (_p, a: PeriodArgs & { id: string }, context) =>
        networkNode(ctx(context), idArg(a.id, "id"), openPeriodInput(a.period, a), a.groupBy ?? "IN_CHENGDU"),
      brokerageRoles: (_p, a: PeriodArgs & { id: string }, context) =>
        brokerageOf(ctx(context), idArg(a.id, "id"), openPeriodInput(a.period, a), a.groupBy ?? "IN_CHENGDU"),
      analyticsStatus: (_p, _a, context) => analyticsStatus(ctx(context)),
    },
  };
};
