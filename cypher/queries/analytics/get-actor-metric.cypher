// One actor's stored metric row in a slot, with its current name.
// Params: $slot, $actorId.
// Returns: metric (map), name.
MATCH (m:NetworkMetric {slot: $slot, actorId: $actorId})
OPTIONAL MATCH (a:Entity {id: m.actorId})
RETURN properties(m) AS metric, a.name AS name
