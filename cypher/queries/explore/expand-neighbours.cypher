// One page of a node's neighbours along the given relationship types and direction, ordered by
// name then id, with the relationships that connect them to the node.
// params: $id (node id), $relTypes (list of relationship types, validated against the model),
//         $direction ('OUT' | 'IN' | null for both), $offset, $limit (ints)
// returns: one row: total (neighbours in all), ids (this page's neighbour ids in order),
//          edges (list of {source, type, target, props}) — no row for an unknown id
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r:$any($relTypes)]-(m:Entity)
WHERE m <> n
  AND ($direction IS NULL OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
WITH n, m, collect(r) AS rels
ORDER BY m.name, m.id
WITH collect(CASE WHEN m IS NULL THEN null ELSE {m: m, rels: rels} END) AS hits
WITH hits, hits[$offset..($offset + $limit)] AS page
RETURN
  size(hits) AS total,
  [x IN page | x.m.id] AS ids,
  reduce(acc = [], x IN page | acc + [r IN x.rels | {source: startNode(r).id, type: type(r), target: endNode(r).id, props: properties(r)}]) AS edges
