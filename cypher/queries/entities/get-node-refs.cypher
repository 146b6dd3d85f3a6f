// References (id, Chinese name, type label) of the nodes with these ids; unknown ids are skipped.
// Resolves `NodeRef` entities for Apollo Federation (`_entities`).
// params: $ids (list of node ids)
// returns: id, name, type
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
