// Store a batch of one period's actor metrics (see migration 004); integers are stored as integers.
// Params: $slot, $graphVersion (Int), $period (String), $rows (list of maps: the fields of
// MetricRow in graph-api/src/graph/analytics/period-network.ts; nulls are left out).
// Returns: written (Int).
UNWIND $rows AS r
CREATE (m:NetworkMetric)
SET m.slot = $slot, m.graphVersion = toInteger($graphVersion), m.period = $period,
    m.actorId = r.actorId, m.actorType = r.actorType, m.ordinal = toInteger(r.ordinal), m.inChengdu = r.inChengdu,
    m.degree = toInteger(r.degree), m.weightedDegree = toFloat(r.weightedDegree),
    m.degreeCentrality = r.degreeCentrality, m.betweenness = r.betweenness, m.pagerank = r.pagerank,
    m.community = toInteger(r.community), m.communityRank = toInteger(r.communityRank),
    m.constraint = r.constraint, m.effectiveSize = r.effectiveSize,
    m.pagerankRank = toInteger(r.pagerankRank), m.betweennessRank = toInteger(r.betweennessRank),
    m.degreeRank = toInteger(r.degreeRank), m.weightedDegreeRank = toInteger(r.weightedDegreeRank),
    m.effectiveSizeRank = toInteger(r.effectiveSizeRank), m.constraintRank = toInteger(r.constraintRank),
    m.tieTo = [x IN r.tieTo | toInteger(x)], m.tieWeight = [x IN r.tieWeight | toInteger(x)],
    m.rolesInChengdu = [x IN r.rolesInChengdu | toInteger(x)], m.rolesChain = [x IN r.rolesChain | toInteger(x)]
RETURN count(m) AS written
