// Every organisation that shares a deal with $orgId (as seller, buyer, serving agency or employer
// of a broker on it — the collaboration graph's ties): the exact partners of an organisation with
// more partners than the stored network keeps per organisation. Walks the organisation's own
// deals once (a few thousand for the biggest hubs at x10 scale).
// Params: $orgId.
// Returns: id (one row per partner).
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
WHERE x <> o
RETURN x.id AS id
