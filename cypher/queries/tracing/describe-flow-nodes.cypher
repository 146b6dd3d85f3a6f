// The drawn nodes of a Sankey: name, type and whether the node is in Chengdu — a district's own
// flag; an organisation's district (a Lab's: its Institution's), true when any is in Chengdu,
// false when all are outside, null when it has none; null for chains.
// params: $ids (node ids)
// returns: per node: id, name, type, inChengdu
UNWIND $ids AS id
MATCH (x:Entity {id: id})
OPTIONAL MATCH (x:Lab)-[:PART_OF]->(i:Institution)
WITH x, coalesce(i, x) AS org
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
  CASE
    WHEN x:District THEN x.inChengdu
    WHEN x:IndustryChain THEN null
    ELSE reduce(a = null, f IN COLLECT { MATCH (org)-[:LOCATED_IN]->(dd:District) RETURN dd.inChengdu } |
      CASE WHEN a IS NULL THEN f ELSE a OR f END)
  END AS inChengdu
