// Params: $ids: list of String (node ids).
// Returns: id, type (the node's label other than Entity) for each id that exists in the graph.
// Used by import validation: dangling relationship ends and ids already taken by another type.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
