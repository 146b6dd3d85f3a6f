// Search-as-you-type: an exact id match (ranked first) plus full-text hits on entity_text
// (name, nameEn, pinyinInitials; cjk analyzer), optionally restricted to node types.
// params: $id (the raw text, for the exact id match; also tried upper-cased: bkr-000001), $query (escaped Lucene query, non-empty),
//         $types (list of node type labels, or null for all), $limit (int)
// returns: id, score — best first, at most $limit rows
CALL () {
  MATCH (n:Entity) WHERE n.id IN [$id, toUpper($id)]
  RETURN n, 1.0e9 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit * 4}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
WHERE $types IS NULL OR any(l IN labels(n) WHERE l IN $types)
RETURN n.id AS id, score
ORDER BY score DESC, n.name, n.id
LIMIT $limit
