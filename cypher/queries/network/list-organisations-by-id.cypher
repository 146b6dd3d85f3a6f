// Names, types and location of the organisations of a collaboration graph.
// Params: $ids (list of ids).
// Returns: id, name, type (label other than Entity), inChengdu (Boolean or null: the district of
// the organisation, or of the institution a lab is PART_OF).
UNWIND $ids AS id
MATCH (o:Entity {id: id})
WITH o,
     [(o)-[:LOCATED_IN]->(x:District) | x.inChengdu] +
     [(o)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(x:District) | x.inChengdu] AS flags
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l <> 'Entity'][0] AS type, head(flags) AS inChengdu
