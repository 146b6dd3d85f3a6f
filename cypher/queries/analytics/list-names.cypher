// Names (and a chain's ecosystem) of nodes by id, for answers read from stored lists.
// Params: $ids (list).
// Returns: id, name, ecosystem (null except for chains).
UNWIND $ids AS id
MATCH (x:Entity {id: id})
RETURN x.id AS id, x.name AS name, x.ecosystem AS ecosystem
