// Which of the given organisations already share a deal with $orgId (as seller, buyer, serving
// agency or employer of a broker on it — the collaboration graph's ties): the exact check for an
// organisation with more partners than the stored network keeps per organisation. Walks the
// organisation's own deals once (each deal's parties against the given set), not every
// candidate's deals: candidates here are the organisations with the most activity.
// Params: $orgId, $ids (list).
// Returns: id (one row per partner among $ids).
MATCH (o:Entity {id: $orgId})
CALL (o) {
  MATCH (d:Deal)-[:SELLER|BUYER]->(o) RETURN d
  UNION
  MATCH (o)-[:SERVED]->(d:Deal) RETURN d
  UNION
  MATCH (o)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d:Deal) RETURN d
}
CALL (d) {
  MATCH (d)-[:SELLER|BUYER]->(x:Entity) RETURN x
  UNION
  MATCH (x:Entity)-[:SERVED]->(d) RETURN x
  UNION
  MATCH (x:Entity)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d) RETURN x
}
WITH DISTINCT o, x
WHERE x.id IN $ids AND x <> o
RETURN x.id AS id
