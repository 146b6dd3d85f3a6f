// Relationship counts of a node per type and direction, with the node types at the other end and
// how many neighbours of each (so a hub's expand can say "3,473 deals, 1,380 brokers").
// params: $id (node id)
// returns: relType, direction ('OUT' | 'IN'), count, byType (list of {type, count}, most first) —
//          most frequent relationship first
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m:Entity)
  RETURN type(r) AS relType, 'OUT' AS direction, [l IN labels(m) WHERE l <> 'Entity'][0] AS neighbourType
  UNION ALL
  MATCH (n)<-[r]-(m:Entity)
  RETURN type(r) AS relType, 'IN' AS direction, [l IN labels(m) WHERE l <> 'Entity'][0] AS neighbourType
}
WITH relType, direction, neighbourType, count(*) AS c
ORDER BY c DESC, neighbourType
WITH relType, direction, sum(c) AS count, collect({type: neighbourType, count: c}) AS byType
RETURN relType, direction, count, byType
ORDER BY count DESC, relType, direction
