/**
 * The white paper's network page for a year: key organisations (PageRank on the year's
 * collaboration graph), the busiest intermediaries (brokerage roles), the largest communities and
 * — for callers with the alliance role — the alliance's gap chains. Read through the public
 * operations of the network and gaps areas: evaluateNetwork (the analytics stored in Neo4j for the
 * graph version, which it reports) and partnerGaps.
 */
import type { RequestContext } from "../../db/request-context.js";
import { partnerGaps } from "../gaps/chain-gaps.js";
import type { AnalyticsService } from "../analytics/analytics-service.js";
import { evaluateNetwork } from "../network/evaluate-network.js";
import { graphVersionCache } from "../common/graph-version.js";
import type { Period } from "../common/period.js";
import type { NetworkPage } from "./report-types.js";

const TOP = 10;
const COMMUNITIES = 6;

export async function networkPage(
  rq: RequestContext,
  period: Period,
  options: { withGaps: boolean; analytics: AnalyticsService },
): Promise<NetworkPage> {
  const evaluation = await evaluateNetwork(
    { ...rq, analytics: options.analytics },
    {
      from: period.from,
      to: period.to,
      groupBy: "IN_CHENGDU",
      sort: "PAGERANK",
      community: null,
      limit: TOP,
      edgeLimit: 0,
    },
  );
  const gaps = options.withGaps
    ? await partnerGaps(
        rq,
        { allianceId: null, minIntermediaries: null, onlyGaps: true, limit: 50 },
        { cache: graphVersionCache(rq.driver) },
      )
    : null;
  return {
    status: evaluation.status,
    graphVersion: evaluation.graphVersion,
    organisations: evaluation.nodeCount,
    ties: evaluation.edgeCount,
    communityCount: evaluation.communityCount,
    keyOrganisations: evaluation.nodes.map((n) => ({
      id: n.id,
      name: n.name,
      type: n.type,
      pagerank: n.pagerank,
      degree: n.degree,
      community: n.community,
    })),
    intermediaries: evaluation.intermediaries.map((i) => ({
      id: i.id,
      name: i.name,
      type: i.type,
      roles: i.roles.total,
      liaison: i.roles.liaison,
      gatekeeper: i.roles.gatekeeper,
    })),
    communities: evaluation.communities.slice(0, COMMUNITIES).map((c) => ({
      id: c.id,
      size: c.size,
      members: c.topMembers.map((m) => m.name),
    })),
    gapChains:
      gaps?.map((g) => ({
        chainId: g.chainId,
        chainName: g.chainName,
        supply: g.availableResults + g.labs,
        demand: g.openDemands + g.enterprises,
        intermediaries: g.intermediaries,
        threshold: g.threshold,
      })) ?? null,
  };
}
