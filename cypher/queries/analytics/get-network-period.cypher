// The stored results of a period for the newest graph version up to $version (an older one while
// the current version's are being computed), with one ranking cut to $limit.
// Params: $period (String key 'from..to', '*' = open), $version (Int), $ranking (property name of
// the ranking: byPagerank, byBetweenness, byDegree, byWeightedDegree, byEffectiveSize,
// byConstraint), $roles (byRolesInChengdu or byRolesChain), $limit (Int).
// Returns: slot, graphVersion, from, to, nodeCount, edgeCount, communityCount, modularity,
// betweennessSampled, betweennessPivots, betweennessErrorBound, engine, computeMs, computedAt,
// ranked (ordinals), intermediaries (ordinals), communitySizes, communityTop (ordinals, 5 per community).
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version
WITH p ORDER BY p.graphVersion DESC LIMIT 1
RETURN p.slot AS slot, p.graphVersion AS graphVersion, p.from AS from, p.to AS to,
       p.nodeCount AS nodeCount, p.edgeCount AS edgeCount, p.communityCount AS communityCount,
       p.modularity AS modularity, p.betweennessSampled AS betweennessSampled,
       p.betweennessPivots AS betweennessPivots, p.betweennessErrorBound AS betweennessErrorBound,
       p.engine AS engine, p.computeMs AS computeMs, toString(p.computedAt) AS computedAt,
       p[$ranking][0..toInteger($limit)] AS ranked, p[$roles][0..toInteger($limit)] AS intermediaries,
       p.communitySizes[0..toInteger($limit)] AS communitySizes,
       p.communityTop[0..toInteger($limit) * 5] AS communityTop
