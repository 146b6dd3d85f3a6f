/** Query.enterpriseSources: where an enterprise's technology came from (public). */
import { getEnterpriseSources } from "../graph/tracing/enterprise-sources.js";
import { pageLimit, perRequest } from "../graph/shared/period.js";
import type { ResolverModule } from "./index.js";

export const enterpriseSourcesResolvers: ResolverModule = ({ driver, config }) => ({
  Query: {
    enterpriseSources: (_parent: unknown, args: { id: string; limit?: number | null }) =>
      getEnterpriseSources(driver, args.id, pageLimit(args.limit, config), perRequest(config)),
  },
});
