// Results for the journey picker, busiest first: without a query, every result that at least one
// deal TRANSFERS; with one, the results whose name, English name or pinyin initials match it
// (entity_text, cjk analyzer), with or without deals. Ordered by deals, then the full-text score,
// name, id; with how many of those deals went to a buyer in Chengdu.
// params: $query (escaped Lucene query, or null for no query), $scanCap (int: full-text hits read
//         at most), $offset, $limit (ints)
// returns: one row: total (results listed in all), items (this page: {id, name, year, deals,
//          inChengduDeals})
CALL () {
  WITH $query AS q
  WHERE q IS NULL
  MATCH (d:Deal)-[:TRANSFERS]->(r:Result)
  RETURN r, count(DISTINCT d) AS deals, 0.0 AS score
  UNION ALL
  WITH $query AS q
  WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', q, {limit: $scanCap}) YIELD node, score
  WITH node AS r, score
  WHERE r:Result
  RETURN r, COUNT { (r)<-[:TRANSFERS]-(:Deal) } AS deals, score
}
WITH r, deals, score
ORDER BY deals DESC, score DESC, r.name, r.id
WITH collect({r: r, deals: deals}) AS listed
CALL (listed) {
  UNWIND listed[$offset..($offset + $limit)] AS x
  WITH x.r AS r, x.deals AS deals
  RETURN collect({
    id: r.id,
    name: r.name,
    year: r.year,
    deals: deals,
    inChengduDeals: COUNT {
      MATCH (r)<-[:TRANSFERS]-(d:Deal)
      WHERE EXISTS { (d)-[:BUYER]->()-[:LOCATED_IN]->(:District {inChengdu: true}) }
      RETURN DISTINCT d
    }
  }) AS items
}
RETURN size(listed) AS total, items
