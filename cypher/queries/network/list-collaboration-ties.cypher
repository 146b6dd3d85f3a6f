// The undirected collaboration graph of organisations (domain.md, Structural holes): two
// organisations are tied when they take part in one deal — as SELLER, BUYER, serving agency
// (SERVED) or employer (EMPLOYED_BY) of a broker who BROKERED it — weighted by the number of such
// deals. One aggregated query: pairs with counts, never one round trip per deal.
// Params: $from (String 'YYYY-MM-DD' or null = open), $to (String or null = open); on Deal.signedOn, inclusive.
// Returns one row per organisation with its ties to organisations with larger ids (fewer records
// to decode than one per tie), sorted so that the graph is built in a stable order:
// source (id), targets (list of ids, ascending), weights (list of Int, number of deals, aligned).
MATCH (d:Deal)
WHERE ($from IS NULL OR d.signedOn >= date($from)) AND ($to IS NULL OR d.signedOn <= date($to))
CALL (d) {
  MATCH (d)-[:SELLER|BUYER]->(o:Entity)
  RETURN o
  UNION
  MATCH (o:Agency)-[:SERVED]->(d)
  RETURN o
  UNION
  MATCH (b:Broker)-[:BROKERED]->(d), (b)-[:EMPLOYED_BY]->(o:Entity)
  RETURN o
}
WITH d, collect(DISTINCT o.id) AS ids
WHERE size(ids) > 1
UNWIND ids AS a
UNWIND ids AS b
WITH a, b
WHERE a < b
WITH a, b, count(*) AS weight
ORDER BY a, b
RETURN a AS source, collect(b) AS targets, collect(weight) AS weights
ORDER BY source
