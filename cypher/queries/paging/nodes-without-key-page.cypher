// The __LABEL__ nodes that have no __KEY__, by id __DIR__ after $id: they follow the nodes that
// have one in every order by __KEY__ (unknown values last, in both directions).
// Template: __LABEL__, __KEY__, __DIR__ (ASC|DESC), __CMP__ (> for ASC, < for DESC) from the fixed
//   list of page orders (graph-api/src/graph/paging/orders.ts), never from input.
// Params: $id (the position; before every id for the first of them), $limit (int)
// Returns: id, key (always null) — at most $limit rows.
MATCH (n:__LABEL__)
WHERE n.id __CMP__ $id AND n.__KEY__ IS NULL
RETURN n.id AS id, null AS key
ORDER BY n.id __DIR__
LIMIT $limit
