// One keyset page of __LABEL__ nodes in the order (__KEY__, id), both __DIR__, after the position
// ($key, $id) — the first page passes a position before every node. Two seeks on the composite
// index (__KEY__, id): the rest of the position's ties, then the keys beyond it; so a page costs the
// same at any depth. Nodes without __KEY__ are not in this order (nodes-without-key-page lists them).
// Template: __LABEL__, __KEY__, __DIR__ (ASC|DESC) and __CMP__ (> for ASC, < for DESC) come from the
//   fixed list of page orders (graph-api/src/graph/paging/orders.ts), never from input.
// Params: $key, $id (the position), $limit (int)
// Returns: id, key — at most $limit rows in page order.
CALL () {
  MATCH (n:__LABEL__)
  WHERE n.__KEY__ = $key AND n.id __CMP__ $id
  RETURN n ORDER BY n.__KEY__ __DIR__, n.id __DIR__ LIMIT $limit
  UNION ALL
  MATCH (n:__LABEL__)
  WHERE n.__KEY__ __CMP__ $key AND n.id IS NOT NULL
  RETURN n ORDER BY n.__KEY__ __DIR__, n.id __DIR__ LIMIT $limit
}
RETURN n.id AS id, n.__KEY__ AS key
ORDER BY key __DIR__, id __DIR__
LIMIT $limit
