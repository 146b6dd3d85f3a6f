// Record a period's figures and rankings once all its metric rows are written: its presence marks
// the slot complete. Rankings are ordinal arrays (see migration 004).
// Params: $slot, $graphVersion (Int), $period, $from, $to (String or null), $figures (map:
// PeriodFigures of graph-api/src/graph/analytics/period-network.ts less its arrays), $rankings
// (map: sort key → list of ordinals), $intermediaries (map: IN_CHENGDU / CHAIN → ordinals),
// $communitySizes, $communityTop (lists of Int), $computeMs (Int).
// Returns: slot.
MERGE (p:NetworkPeriod {slot: $slot})
SET p += $figures,
    p.graphVersion = toInteger($graphVersion), p.period = $period, p.from = $from, p.to = $to,
    p.computeMs = toInteger($computeMs), p.computedAt = datetime(),
    p.nodeCount = toInteger($figures.nodeCount), p.edgeCount = toInteger($figures.edgeCount),
    p.communityCount = toInteger($figures.communityCount),
    p.betweennessPivots = toInteger($figures.betweennessPivots),
    p.byPagerank = [x IN $rankings.pagerank | toInteger(x)],
    p.byBetweenness = [x IN $rankings.betweenness | toInteger(x)],
    p.byDegree = [x IN $rankings.degree | toInteger(x)],
    p.byWeightedDegree = [x IN $rankings.weightedDegree | toInteger(x)],
    p.byEffectiveSize = [x IN $rankings.effectiveSize | toInteger(x)],
    p.byConstraint = [x IN $rankings.constraint | toInteger(x)],
    p.byRolesInChengdu = [x IN $intermediaries.IN_CHENGDU | toInteger(x)],
    p.byRolesChain = [x IN $intermediaries.CHAIN | toInteger(x)],
    p.communitySizes = [x IN $communitySizes | toInteger(x)],
    p.communityTop = [x IN $communityTop | toInteger(x)]
RETURN p.slot AS slot
