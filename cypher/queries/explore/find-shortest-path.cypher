// One shortest path between two nodes, ignoring direction, of at most $maxHops relationships.
// The pattern bound (10) is the API's maximum; a found path longer than $maxHops means none
// within it (the shortest is already the shortest), so filtering afterwards is exact.
// params: $fromId, $toId (node ids, different), $maxHops (int, 1..10)
// returns: ids (node ids along the path), edges (list of {source, type, target, props});
//          no row when there is no path
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..10]-(b))
WITH p WHERE length(p) <= $maxHops
RETURN
  [x IN nodes(p) | x.id] AS ids,
  [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id, props: properties(r)}] AS edges
LIMIT 1
