// Every relationship among a set of nodes (restoring a canvas from a link, connecting new nodes).
// params: $ids (list of node ids)
// returns: source, type, target, props
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props
