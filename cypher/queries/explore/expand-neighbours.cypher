// One page of a node's neighbours along the given relationship types and direction, ordered by
// name then id, with the relationships that connect them to the node. Optional filters: the
// neighbours' node type and year. With $groupAbove, every (relationship type, direction, neighbour
// type) group of more than $groupAbove neighbours is left out of the page and only counted
// (a hub's 3,473 deals become one group, not the first page of them).
// params: $id (node id), $relTypes (list of relationship types, validated against the model),
//         $direction ('OUT' | 'IN' | null for both), $neighbourType (a node type label or null),
//         $year (int or null: the neighbour's year as in get-nodes.cypher), $groupAbove (int or
//         null), $offset, $limit (ints)
// returns: one row: total (neighbours the page draws from), ids (this page's neighbour ids in
//          order), edges (list of {source, type, target, props}), groups (list of {relType,
//          direction, neighbourType, count}, biggest first) — no row for an unknown id
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:$any($relTypes)]-(m:Entity)
  WHERE m <> n
    AND ($direction IS NULL OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($neighbourType IS NULL OR $neighbourType IN labels(m))
    AND ($year IS NULL OR $year = CASE
      WHEN m:Result OR m:Award THEN m.year
      WHEN m:Deal THEN m.signedOn.year
      WHEN m:Event THEN m.date.year
      WHEN m:Demand THEN m.postedOn.year
      WHEN m:Broker THEN m.registeredOn.year
      WHEN m:Agency THEN coalesce(m.filedOn.year, m.foundedYear)
      ELSE null
    END)
  WITH type(r) AS relType, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
    [l IN labels(m) WHERE l <> 'Entity'][0] AS neighbourType, collect([r, m]) AS pairs
  RETURN collect({relType: relType, direction: direction, neighbourType: neighbourType, pairs: pairs}) AS groups
}
WITH [g IN groups WHERE $groupAbove IS NULL OR size(g.pairs) <= $groupAbove] AS open,
  [g IN groups WHERE $groupAbove IS NOT NULL AND size(g.pairs) > $groupAbove] AS folded
CALL (open) {
  UNWIND open AS g
  UNWIND g.pairs AS pair
  WITH pair[1] AS m, collect(pair[0]) AS rels
  ORDER BY m.name, m.id
  RETURN collect({m: m, rels: rels}) AS hits
}
WITH hits, hits[$offset..($offset + $limit)] AS page, folded
RETURN
  size(hits) AS total,
  [x IN page | x.m.id] AS ids,
  reduce(acc = [], x IN page | acc + [r IN x.rels | {source: startNode(r).id, type: type(r), target: endNode(r).id, props: properties(r)}]) AS edges,
  [g IN folded | {relType: g.relType, direction: g.direction, neighbourType: g.neighbourType, count: size(g.pairs)}] AS groups
