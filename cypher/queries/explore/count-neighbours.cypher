// Relationship counts of a node per type and direction, with the types at the other end.
// params: $id (node id)
// returns: relType, direction ('OUT' | 'IN'), count, neighbourTypes — most frequent first
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m:Entity)
  RETURN type(r) AS relType, 'OUT' AS direction, count(*) AS count, collect(DISTINCT [l IN labels(m) WHERE l <> 'Entity'][0]) AS neighbourTypes
  UNION ALL
  MATCH (n)<-[r]-(m:Entity)
  RETURN type(r) AS relType, 'IN' AS direction, count(*) AS count, collect(DISTINCT [l IN labels(m) WHERE l <> 'Entity'][0]) AS neighbourTypes
}
RETURN relType, direction, count, neighbourTypes
ORDER BY count DESC, relType, direction
