// Template: __TYPE__ is replaced by a relationship type of the domain model (checked against it).
// Params: $after: String (start-node id the previous page ended with, '' for the first),
//   $limit: Int (start nodes per page).
// Returns: from, to, props of every __TYPE__ relationship between :Entity nodes whose start node
//   is among the next $limit start nodes after $after, ordered by from, to.
// Keyset paging over start nodes on the Entity id index: no SKIP, memory bounded by the page.
MATCH (a:Entity)
WHERE a.id > $after AND EXISTS { (a)-[:__TYPE__]->(:Entity) }
WITH a ORDER BY a.id LIMIT $limit
MATCH (a)-[r:__TYPE__]->(b:Entity)
RETURN a.id AS from, b.id AS to, properties(r) AS props
ORDER BY from, to
