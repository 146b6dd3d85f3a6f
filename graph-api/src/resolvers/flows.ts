/** Query.flows: Sankey-ready flows of results from sellers to buyers over a period (public). */
import { FLOW_NODES, getFlows, type FlowSource, type FlowTarget } from "../graph/tracing/flows.js";
import { closedPeriodInput, optionalIdArg, pageSizeArg, type DatePeriodInput } from "./args/index.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: DatePeriodInput;
  source?: FlowSource | null;
  target?: FlowTarget | null;
  sourceId?: string | null;
  nodesPerSide?: number | null;
}

export const flowsResolvers: ResolverModule = () => ({
  Query: {
    flows: (_parent: unknown, args: Args, context) =>
      getFlows(context.request, {
        period: closedPeriodInput(args.period),
        source: args.source ?? "INSTITUTION",
        target: args.target ?? "DISTRICT",
        sourceId: optionalIdArg(args.sourceId, "sourceId"),
        nodesPerSide: pageSizeArg(args.nodesPerSide, "nodesPerSide", FLOW_NODES),
      }),
  },
});
