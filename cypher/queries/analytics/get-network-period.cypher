// The stored results of a period for the newest graph version up to $version (an older one while
// the current version's are being computed), with one ranking cut to $limit.
// Params: $period (String key 'from..to', '*' = open), $version (Int), $ranking (the ranking list:
// byPagerank, byBetweenness, byDegree, byWeightedDegree, byEffectiveSize, byConstraint), $roles
// (byRolesInChengdu or byRolesChain), $community (Int or null: rank within that community),
// $limit (Int).
// Returns: slot, graphVersion, from, to, chunks, nodeCount, edgeCount, communityCount, modularity,
// betweennessSampled, betweennessPivots, betweennessErrorBound, engine, computeMs, computedAt,
// ranked (refs), intermediaries (refs), communitySizes, communityTop (refs, 5 per community, −1 pads).
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version
WITH p ORDER BY p.graphVersion DESC LIMIT 1
WITH p, toInteger($limit) AS k,
     CASE WHEN $community IS NULL THEN null ELSE toInteger($community) END AS c
WITH p, k, c,
     CASE WHEN c IS NULL THEN 0 ELSE p.communityStart[c] END AS first,
     CASE WHEN c IS NULL THEN size(p[$ranking]) ELSE p.communityStart[c + 1] END AS last
RETURN p.slot AS slot, p.graphVersion AS graphVersion, p.from AS from, p.to AS to, p.chunks AS chunks,
       p.nodeCount AS nodeCount, p.edgeCount AS edgeCount, p.communityCount AS communityCount,
       p.modularity AS modularity, p.betweennessSampled AS betweennessSampled,
       p.betweennessPivots AS betweennessPivots, p.betweennessErrorBound AS betweennessErrorBound,
       p.engine AS engine, p.computeMs AS computeMs, toString(p.computedAt) AS computedAt,
       CASE WHEN c IS NULL THEN p[$ranking][0..k]
            WHEN first IS NULL THEN []
            ELSE p['communityBy' + substring($ranking, 2)][first..CASE WHEN first + k < last THEN first + k ELSE last END]
       END AS ranked,
       p[$roles][0..k] AS intermediaries,
       p.communitySizes[0..k] AS communitySizes, p.communityTop[0..k * 5] AS communityTop
