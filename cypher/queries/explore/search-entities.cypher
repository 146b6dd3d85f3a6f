// Search-as-you-type: an exact id match plus full-text hits on entity_text (name, nameEn,
// pinyinInitials; cjk analyzer), optionally restricted to node types, one page of them.
// Relevance: exact id, then exact name, then names starting with the text, then the full-text
// score, then degree (the better connected first), name, id. The page takes the types in turns
// (the best hit of each type, then the second of each, …; types ordered by their best hit), so a
// word that thousands of enterprise names contain (科技) still shows the institutions and
// agencies that match it.
// params: $id (the raw text, for the exact id match; also tried upper-cased: bkr-000001), $text
//         (the trimmed text, for the exact-name and prefix checks), $query (escaped Lucene query,
//         non-empty), $types (list of node type labels, or null for all), $scanCap (int: at most
//         this many full-text hits are read), $rankCap (int: of the hits of the wanted types, the
//         best this many by full-text score are ranked and paged), $offset, $limit (ints)
// returns: id — in page order, at most $limit rows
CALL () {
  MATCH (n:Entity) WHERE n.id IN [$id, toUpper($id)]
  RETURN n, 1.0e9 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $scanCap}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
WITH n, score, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
WHERE $types IS NULL OR type IN $types
WITH n, type, score
ORDER BY score DESC
LIMIT $rankCap
WITH n, type, score,
  CASE WHEN score >= 1.0e9 THEN 3 WHEN n.name = $text THEN 2 WHEN n.name STARTS WITH $text THEN 1 ELSE 0 END AS exactness
ORDER BY exactness DESC, score DESC, COUNT { (n)--() } DESC, n.name, n.id
WITH type, collect(n) AS ranked, head(collect([exactness, score])) AS best
UNWIND range(0, size(ranked) - 1) AS turn
WITH ranked[turn] AS n, turn, best, type
ORDER BY turn, best[0] DESC, best[1] DESC, type
SKIP $offset
LIMIT $limit
RETURN n.id AS id
