/** Query.flows: Sankey-ready flows of results from sellers to buyers over a period (public). */
import { getFlows, nodesPerSide, type FlowSource, type FlowTarget } from "../graph/tracing/flows.js";
import { toPeriod, perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

interface Args {
  period: { from: unknown; to: unknown };
  source?: FlowSource | null;
  target?: FlowTarget | null;
  sourceId?: string | null;
  nodesPerSide?: number | null;
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
          nodesPerSide: nodesPerSide(args.nodesPerSide),
        },
        perRequest(config),
      ),
  },
});
