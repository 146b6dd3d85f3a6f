// Nodes of one type ordered by name (pick lists for filters: districts, chains).
// params: $type (a node type label, validated against the domain model), $limit (int)
// returns: id
MATCH (n:$($type))
RETURN n.id AS id
ORDER BY n.name, n.id
LIMIT $limit
