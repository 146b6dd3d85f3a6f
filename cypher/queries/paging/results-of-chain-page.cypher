// One keyset page of the results that apply to one industrial chain (APPLIES_TO), in the order
// (__KEY__, id), both __DIR__, after the position ($key, $id) — as nodes-page, reading the composite
// index in page order and keeping the chain's results, so a page reads about
// $limit × (results / results of the chain) index entries at any depth and any scale.
// Template: __KEY__, __DIR__ (ASC|DESC), __CMP__ (> for ASC, < for DESC) from the fixed list of page
//   orders (graph-api/src/graph/paging/orders.ts), never from input.
// Params: $chainId, $key, $id (the position), $limit (int)
// Returns: id, key — at most $limit rows in page order.
CALL () {
  MATCH (n:Result)
  WHERE n.__KEY__ = $key AND n.id __CMP__ $id AND EXISTS { (n)-[:APPLIES_TO]->(:IndustryChain {id: $chainId}) }
  RETURN n ORDER BY n.__KEY__ __DIR__, n.id __DIR__ LIMIT $limit
  UNION ALL
  MATCH (n:Result)
  WHERE n.__KEY__ __CMP__ $key AND n.id IS NOT NULL AND EXISTS { (n)-[:APPLIES_TO]->(:IndustryChain {id: $chainId}) }
  RETURN n ORDER BY n.__KEY__ __DIR__, n.id __DIR__ LIMIT $limit
}
RETURN n.id AS id, n.__KEY__ AS key
ORDER BY key __DIR__, id __DIR__
LIMIT $limit
