/** Query.flows: Sankey-ready flows of results from sellers to buyers over a period (public). */
import { getFlows, type FlowSource, type FlowTarget } from "../graph/tracing/flows.js";
import { pageLimit, toPeriod, perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: { from: unknown; to: unknown };
  source?: FlowSource | null;
  target?: FlowTarget | null;
  sourceId?: string | null;
  limit?: number | null;
}

export const flowsResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    flows: (_parent: unknown, args: Args) =>
      getFlows(
        driver,
        {
          period: toPeriod(args.period),
          source: args.source ?? "INSTITUTION",
          target: args.target ?? "DISTRICT",
          sourceId: args.sourceId ?? null,
          limit: pageLimit(args.limit, config),
        },
        perRequest(config),
      ),
  },
});
