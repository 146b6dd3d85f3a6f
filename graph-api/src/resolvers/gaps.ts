/**
 * Partner-gap fields (gaps.graphql): alliance data, readable with role `alliance` (admin implies
 * it) only.
 */
import { requireRole } from "../auth/index.js";
import { partnerGaps } from "../graph/gaps/chain-gaps.js";
import { memberGaps } from "../graph/gaps/member-gaps.js";
import { suggestPartners } from "../graph/gaps/suggest-partners.js";
import { boundedInt, optionalPeriod } from "../graph/network/args.js";
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { sharedNetworkService } from "../graph/network/network-service.js";
import type { ResolverModule } from "./index.js";

const MAX_SUGGESTIONS = 100;

export const gapsResolvers: ResolverModule = ({ driver, config }) => {
  const db = config.NEO4J_DATABASE;
  // Stored lists of the analytics run when there are some for the current graph version.
  const stored = () => ({ driver, analytics: analyticsService(driver, config), database: db });
  return {
    Query: {
      partnerGaps: (
        _p,
        a: {
          allianceId?: string | null;
          minIntermediaries?: number | null;
          onlyGaps?: boolean | null;
          limit?: number | null;
        },
        context,
      ) => {
        requireRole(context, "alliance");
        return partnerGaps(
          driver,
          {
            allianceId: a.allianceId ?? null,
            minIntermediaries:
              a.minIntermediaries === null || a.minIntermediaries === undefined
                ? null
                : boundedInt(a.minIntermediaries, "minIntermediaries", 0, Number.MAX_SAFE_INTEGER, 0),
            onlyGaps: a.onlyGaps ?? false,
            limit: boundedInt(a.limit, "limit", 100, config.MAX_PAGE_SIZE),
          },
          { database: db, cache: sharedNetworkService(driver, db), stored: stored() },
        );
      },
      memberGaps: (
        _p,
        a: { allianceId?: string | null; from?: unknown; to?: unknown; limit?: number | null },
        context,
      ) => {
        requireRole(context, "alliance");
        const args = {
          ...optionalPeriod(a.from, a.to),
          allianceId: a.allianceId ?? null,
          limit: boundedInt(a.limit, "limit", 50, config.MAX_PAGE_SIZE),
        };
        return memberGaps(driver, args, { database: db, cache: sharedNetworkService(driver, db), stored: stored() });
      },
      suggestPartners: (_p, a: { orgId: string; membersOnly?: boolean | null; limit?: number | null }, context) => {
        requireRole(context, "alliance");
        const limit = boundedInt(a.limit, "limit", 10, MAX_SUGGESTIONS);
        return suggestPartners(stored(), { orgId: a.orgId, membersOnly: a.membersOnly ?? false, limit });
      },
    },
  };
};
