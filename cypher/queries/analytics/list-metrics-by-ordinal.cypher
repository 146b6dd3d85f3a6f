// Stored metric rows of a slot by ordinal, with the actor's current name.
// Params: $slot, $ordinals (list of Int).
// Returns: metric (map of the NetworkMetric's properties), name.
UNWIND $ordinals AS o
MATCH (m:NetworkMetric {slot: $slot, ordinal: toInteger(o)})
OPTIONAL MATCH (a:Entity {id: m.actorId})
RETURN properties(m) AS metric, a.name AS name
