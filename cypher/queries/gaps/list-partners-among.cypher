// Which of the given organisations already share a deal with $orgId (as seller, buyer, serving
// agency or employer of a broker on it — the collaboration graph's ties): the exact check for an
// organisation with more partners than the stored network keeps per organisation.
// Params: $orgId, $ids (list).
// Returns: id (one row per partner among $ids).
MATCH (o:Entity {id: $orgId})
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WHERE EXISTS {
  CALL (x) {
    MATCH (d:Deal)-[:SELLER|BUYER]->(x) RETURN d
    UNION
    MATCH (x)-[:SERVED]->(d:Deal) RETURN d
    UNION
    MATCH (x)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d:Deal) RETURN d
  }
  WITH d
  WHERE EXISTS { (d)-[:SELLER|BUYER]->(o) } OR EXISTS { (o)-[:SERVED]->(d) }
     OR EXISTS { (o)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d) }
}
RETURN x.id AS id
