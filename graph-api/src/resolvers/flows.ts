/** Query.flows: Sankey-ready flows of results from sellers to buyers over a period (public). */
import { FLOW_NODES, getFlows, type FlowSource, type FlowTarget } from "../graph/tracing/flows.js";
import { optionalIdArg, pageSizeArg, periodArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: { from: unknown; to: unknown };
  source?: FlowSource | null;
  target?: FlowTarget | null;
  sourceId?: string | null;
  nodesPerSide?: number | null;
}

export const flowsResolvers: ResolverModule = () => ({
  Query: {
    flows: (_parent: unknown, args: Args, context) =>
      getFlows(context.request, {
        period: periodArg(args.period, "period"),
        source: args.source ?? "INSTITUTION",
        target: args.target ?? "DISTRICT",
        sourceId: optionalIdArg(args.sourceId, "sourceId"),
        nodesPerSide: pageSizeArg(args.nodesPerSide, "nodesPerSide", FLOW_NODES),
      }),
  },
});
