// One shortest path between two nodes, ignoring direction, of at most $maxHops relationships.
// Cypher takes no parameter in a length bound: graph-api/src/graph/explore/explore.ts replaces
// the bound `*..10` (the API's maximum) with `*..<maxHops>` (a validated integer 1..10), so a
// search for a short path stops early. The WHERE keeps the statement exact as written.
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
