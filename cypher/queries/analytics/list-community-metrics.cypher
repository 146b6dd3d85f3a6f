// The members of one community of a slot, best first under a rank, with their current names.
// Params: $slot, $community (Int), $rank (property: pagerankRank, betweennessRank, degreeRank,
// weightedDegreeRank, effectiveSizeRank, constraintRank), $limit (Int).
// Returns: metric (map), name.
MATCH (m:NetworkMetric {slot: $slot, community: toInteger($community)})
WITH m ORDER BY m[$rank] LIMIT toInteger($limit)
OPTIONAL MATCH (a:Entity {id: m.actorId})
RETURN properties(m) AS metric, a.name AS name
