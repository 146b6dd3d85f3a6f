/** Query.flows: Sankey-ready flows of results from sellers to buyers over a period (public). */
import { getFlows, type FlowSource, type FlowTarget } from "../graph/tracing/flows.js";
import { perRequest } from "../graph/shared/period.js";
import { configuredPageSize, optionalIdArg, pageSizeArg, periodArg } from "./args/index.js";
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
          period: periodArg(args.period, "period"),
          source: args.source ?? "INSTITUTION",
          target: args.target ?? "DISTRICT",
          sourceId: optionalIdArg(args.sourceId, "sourceId"),
          limit: pageSizeArg(args.limit, "limit", configuredPageSize(config)),
        },
        perRequest(config),
      ),
  },
});
