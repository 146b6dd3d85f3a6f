/** Query.enterpriseSources: where an enterprise's technology came from (public). */
import { getEnterpriseSources } from "../graph/tracing/enterprise-sources.js";
import { configuredPageSize, idArg, pageSizeArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const enterpriseSourcesResolvers: ResolverModule = ({ config }) => ({
  Query: {
    enterpriseSources: (_parent: unknown, args: { id: string; limit?: number | null }, context) =>
      getEnterpriseSources(
        context.request,
        idArg(args.id, "id"),
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
      ),
  },
});
