// The stored results of a period for the newest graph version up to $version (an older one while
// the current version's are being computed): figures, one ranking cut to $limit, the
// intermediaries and community labels. Bounded reads only: the heads kept on the period node and
// one community's list; the full 'rankings' list only when $limit exceeds the head.
// Params: $period (String key 'from..to', '*' = open), $version (Int), $format (Int), $ranking
// (byPagerank, byBetweenness, byDegree, byWeightedDegree, byEffectiveSize, byConstraint), $roles
// (byRolesInChengdu or byRolesChain), $community (Int or null: rank within that community),
// $limit (Int), $head (Int: entries of each ranking kept on the period node and community lists).
// Returns: slot, graphVersion, from, to, chunks, nodeCount, edgeCount, communityCount, modularity,
// betweennessSampled, betweennessPivots, betweennessErrorBound, engine, computeMs, computedAt,
// ranked (refs), intermediaryRefs, intermediaryIds, intermediaryTypes, intermediaryRoles (7 per
// actor; ids, types and roles empty when $limit exceeds the head: read them by ref then),
// communitySizes, communityTopId, communityTopType (5 per community, '' pads), communityDeals,
// communityChainId, communityChainDeals (3 per community: its dominant chains; '' and 0 pad).
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version AND p.format = $format
WITH p ORDER BY p.graphVersion DESC LIMIT 1
WITH p, toInteger($limit) AS k, toInteger($head) AS head,
     CASE WHEN $community IS NULL THEN null ELSE toInteger($community) END AS c
OPTIONAL MATCH (cl:AnalyticsList {slot: p.slot, name: 'community|' + toString(c)})
OPTIONAL MATCH (full:AnalyticsList {slot: p.slot, name: 'rankings'}) WHERE k > head
WITH p, k, head, c, cl, full
RETURN p.slot AS slot, p.graphVersion AS graphVersion, p.from AS from, p.to AS to, p.chunks AS chunks,
       p.nodeCount AS nodeCount, p.edgeCount AS edgeCount, p.communityCount AS communityCount,
       p.modularity AS modularity, p.betweennessSampled AS betweennessSampled,
       p.betweennessPivots AS betweennessPivots, p.betweennessErrorBound AS betweennessErrorBound,
       p.engine AS engine, p.computeMs AS computeMs, toString(p.computedAt) AS computedAt,
       CASE WHEN c IS NULL AND full IS NULL THEN p[$ranking][0..k]
            WHEN c IS NULL THEN full[$ranking][0..k]
            WHEN cl IS NULL THEN []
            WHEN full IS NULL OR p.communitySizes[c] <= head THEN cl[$ranking][0..k]
            ELSE full['communityBy' + substring($ranking, 2)][full.communityStart[c]..full.communityStart[c] +
                 CASE WHEN k < p.communitySizes[c] THEN k ELSE p.communitySizes[c] END]
       END AS ranked,
       CASE WHEN k > head THEN full[$roles][0..k] ELSE p[$roles][0..k] END AS intermediaryRefs,
       CASE WHEN k > head THEN [] ELSE p[$roles + 'Id'][0..k] END AS intermediaryIds,
       CASE WHEN k > head THEN [] ELSE p[$roles + 'Type'][0..k] END AS intermediaryTypes,
       CASE WHEN k > head THEN [] ELSE p[$roles + 'Roles'][0..k * 7] END AS intermediaryRoles,
       p.communitySizes[0..k] AS communitySizes, p.communityTopId[0..k * 5] AS communityTopId,
       p.communityTopType[0..k * 5] AS communityTopType, p.communityDeals[0..k] AS communityDeals,
       p.communityChainId[0..k * 3] AS communityChainId, p.communityChainDeals[0..k * 3] AS communityChainDeals
