// Full-text relevance of results to a text, over the cjk index result_text (name, summary).
// Params: $query (a Lucene query with special characters escaped), $limit (Int).
// Returns: id, score (Lucene relevance, higher is better).
CALL db.index.fulltext.queryNodes('result_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score
