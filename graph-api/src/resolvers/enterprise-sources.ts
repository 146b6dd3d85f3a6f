/** Query.enterpriseSources: where an enterprise's technology came from (public). */
import { getEnterpriseSources } from "../graph/tracing/enterprise-sources.js";
import { perRequest } from "../graph/shared/period.js";
import { configuredPageSize, idArg, pageSizeArg } from "./args/index.js";
import type { ResolverModule } from "./index.js";

export const enterpriseSourcesResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    enterpriseSources: (_parent: unknown, args: { id: string; limit?: number | null }) =>
      getEnterpriseSources(
        driver,
        idArg(args.id, "id"),
        pageSizeArg(args.limit, "limit", configuredPageSize(config)),
        perRequest(config),
      ),
  },
});
