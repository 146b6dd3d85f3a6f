// One keyset page of deals signed in [$from, $to] in the order (__KEY__, id), both __DIR__, after the
// position ($key, $id) — as nodes-page, with the signing window (open ends are passed as the
// earliest and latest dates). By signedOn the window narrows the index seeks themselves; by name or
// id it filters the index order, so a narrow window reads more rows per page.
// Template: __KEY__, __DIR__ (ASC|DESC), __CMP__ (> for ASC, < for DESC) from the fixed list of page
//   orders (graph-api/src/graph/paging/orders.ts), never from input.
// Params: $key, $id (the position), $from, $to (dates), $limit (int)
// Returns: id, key — at most $limit rows in page order.
CALL () {
  MATCH (n:Deal)
  WHERE n.__KEY__ = $key AND n.id __CMP__ $id AND n.signedOn >= $from AND n.signedOn <= $to
  RETURN n ORDER BY n.__KEY__ __DIR__, n.id __DIR__ LIMIT $limit
  UNION ALL
  MATCH (n:Deal)
  WHERE n.__KEY__ __CMP__ $key AND n.id IS NOT NULL AND n.signedOn >= $from AND n.signedOn <= $to
  RETURN n ORDER BY n.__KEY__ __DIR__, n.id __DIR__ LIMIT $limit
}
RETURN n.id AS id, n.__KEY__ AS key
ORDER BY key __DIR__, id __DIR__
LIMIT $limit
