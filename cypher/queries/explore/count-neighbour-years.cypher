// How many of a node's neighbours of one type, along one relationship type and direction, fall in
// each year (the year as in get-nodes.cypher: Result/Award year, a deal's signing, an event's
// date, a demand's posting, a broker's registration, an agency's filing or founding).
// params: $id (node id), $relType (validated against the model), $direction ('OUT' | 'IN'),
//         $neighbourType (a node type label, validated)
// returns: year (int, or null for neighbours without one), count — by year, null last
MATCH (n:Entity {id: $id})-[r:$($relType)]-(m:$($neighbourType))
WHERE m <> n AND (($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
WITH DISTINCT m
WITH CASE
    WHEN m:Result OR m:Award THEN m.year
    WHEN m:Deal THEN m.signedOn.year
    WHEN m:Event THEN m.date.year
    WHEN m:Demand THEN m.postedOn.year
    WHEN m:Broker THEN m.registeredOn.year
    WHEN m:Agency THEN coalesce(m.filedOn.year, m.foundedYear)
    ELSE null
  END AS year
RETURN year, count(*) AS count
ORDER BY year IS NULL, year
