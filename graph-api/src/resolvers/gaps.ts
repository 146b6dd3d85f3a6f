/**
 * Partner-gap fields (gaps.graphql): alliance data, readable with role `alliance` (admin implies
 * it) only.
 */
import { requireRole } from "../auth/index.js";
import { partnerGaps } from "../graph/gaps/chain-gaps.js";
import { memberGaps } from "../graph/gaps/member-gaps.js";
import { suggestPartners } from "../graph/gaps/suggest-partners.js";
import { runQuery } from "../db/run-query.js";
import { analyticsService } from "../graph/analytics/analytics-service.js";
import { graphVersionCache } from "../graph/common/graph-version.js";
import {
  badUserInput,
  idArg,
  intArg,
  openPeriodInput,
  optionalIdArg,
  pageSizeArg,
  type DatePeriodInput,
} from "./args/index.js";
import type { ApiContext } from "../auth/context.js";
import type { ResolverModule } from "./index.js";

const MAX_SUGGESTIONS = 100;

/** The type (label but Entity) of the node with this id, or undefined when no node has it. */
async function typeOf(context: ApiContext, id: string): Promise<string | undefined> {
  const [row] = await runQuery<{ type: string | null }>(context.request, "gaps/get-entity-type", { id });
  return row?.type ?? undefined;
}

/**
 * The error of an id argument that names no node of the kind the field needs: what it names
 * instead when it names something ("is a Broker, not an organisation …"), else that nothing has it.
 */
function wrongId(argument: string, id: string, type: string | undefined, wanted: string, kind: string) {
  return badUserInput(
    argument,
    type
      ? `${JSON.stringify(id)} is ${/^[AEIOU]/.test(type) ? "an" : "a"} ${type}, not ${wanted}`
      : `no ${kind} has id ${JSON.stringify(id)}`,
  );
}

/**
 * The answer of a gap field about one alliance, once the id is known to be an Alliance's (one
 * indexed lookup first, so that no work and no cache entry is spent on an id that is not one). An
 * unknown id would otherwise read as an alliance without members: every chain a gap in
 * partnerGaps, nobody in memberGaps.
 */
async function forAlliance<T>(context: ApiContext, allianceId: string | null, answer: () => Promise<T>): Promise<T> {
  if (allianceId !== null) {
    const type = await typeOf(context, allianceId);
    if (type !== "Alliance") throw wrongId("allianceId", allianceId, type, "an Alliance", "Alliance");
  }
  return answer();
}

export const gapsResolvers: ResolverModule = ({ driver, config }) => {
  // Stored lists of the analytics run when there are some for the current graph version.
  const stored = (context: ApiContext) => ({ ...context.request, analytics: analyticsService(driver, config) });
  const options = (context: ApiContext) => ({ cache: graphVersionCache(driver), stored: stored(context) });
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
        const allianceId = optionalIdArg(a.allianceId, "allianceId");
        const args = {
          allianceId,
          minIntermediaries:
            a.minIntermediaries === null || a.minIntermediaries === undefined
              ? null
              : intArg(a.minIntermediaries, "minIntermediaries", { fallback: 0, min: 0 }),
          onlyGaps: a.onlyGaps ?? false,
          limit: pageSizeArg(a.limit, "limit", { default: 100, max: config.MAX_PAGE_SIZE }),
        };
        return forAlliance(context, allianceId, () => partnerGaps(context.request, args, options(context)));
      },
      memberGaps: (
        _p,
        a: {
          allianceId?: string | null;
          period?: DatePeriodInput | null;
          from?: unknown;
          to?: unknown;
          limit?: number | null;
        },
        context,
      ) => {
        requireRole(context, "alliance");
        const args = {
          ...openPeriodInput(a.period, a),
          allianceId: optionalIdArg(a.allianceId, "allianceId"),
          limit: pageSizeArg(a.limit, "limit", { default: 50, max: config.MAX_PAGE_SIZE }),
        };
        return forAlliance(context, args.allianceId, () => memberGaps(context.request, args, options(context)));
      },
      suggestPartners: (_p, a: { orgId: string; membersOnly?: boolean | null; limit?: number | null }, context) => {
        requireRole(context, "alliance");
        const limit = pageSizeArg(a.limit, "limit", { default: 10, max: MAX_SUGGESTIONS });
        const orgId = idArg(a.orgId, "orgId");
        const args = { orgId, membersOnly: a.membersOnly ?? false, limit };
        // An empty list would read as "no partner to suggest": say the organisation is not there.
        return suggestPartners(stored(context), args).then(async (suggestions) => {
          if (suggestions) return suggestions;
          const organisation = "organisation (Agency, Institution, Lab or Enterprise)";
          throw wrongId("orgId", orgId, await typeOf(context, orgId), `an ${organisation}`, organisation);
        });
      },
    },
  };
};
