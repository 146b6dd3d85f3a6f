// Template: __LABEL__ is replaced by a node type of the domain model (checked against the model).
// Params: $after: String (last id of the previous page, '' for the first), $limit: Int.
// Returns: id, props (all properties) of the next $limit nodes of the type, ordered by id.
// Keyset paging on the id index: no SKIP, every page costs the same.
MATCH (n:__LABEL__:Entity)
WHERE n.id > $after
RETURN n.id AS id, properties(n) AS props
ORDER BY n.id
LIMIT $limit
