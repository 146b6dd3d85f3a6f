// How many nodes of each type a search matches (the exact id match and the full-text hits of
// search-entities.cypher, before its type filter), for the search's total and type chips.
// params: $id (the raw text, also tried upper-cased), $query (escaped Lucene query, non-empty),
//         $cap (int: at most this many full-text hits are counted)
// returns: type, count — most hits first
CALL () {
  MATCH (n:Entity) WHERE n.id IN [$id, toUpper($id)]
  RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $cap}) YIELD node
  RETURN node AS n
}
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, count(*) AS count
ORDER BY count DESC, type
