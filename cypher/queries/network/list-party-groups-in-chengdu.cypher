// Brokerage groups by location: a party's group is inChengdu of its district — an organisation's
// own (LOCATED_IN), a lab's institution's (PART_OF), a broker's employer's (EMPLOYED_BY).
// Params: $ids (list of party ids).
// Returns: id, name, type, groups (list of 'true'/'false'; empty when the district is unknown).
UNWIND $ids AS id
MATCH (p:Entity {id: id})
WITH p,
     [(p)-[:LOCATED_IN]->(x:District) | x.inChengdu] +
     [(p)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(x:District) | x.inChengdu] +
     [(p:Broker)-[:EMPLOYED_BY]->()-[:LOCATED_IN]->(x:District) | x.inChengdu] AS flags
RETURN p.id AS id, p.name AS name, [l IN labels(p) WHERE l <> 'Entity'][0] AS type,
       CASE WHEN size(flags) = 0 OR head(flags) IS NULL THEN [] ELSE [toString(head(flags))] END AS groups
