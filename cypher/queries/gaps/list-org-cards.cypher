// Name, type, district and alliance membership of organisations (partner candidates reached
// through common neighbours only).
// Params: $ids (list), $allianceIds (list), $membersOnly (Boolean: only members of one of $allianceIds).
// Returns: id, name, type, districtId, districtName, inChengdu, allianceMember.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WHERE x:Agency OR x:Institution OR x:Lab OR x:Enterprise
WITH x, EXISTS { (x)-[:MEMBER_OF]->(al:Alliance) WHERE al.id IN $allianceIds } AS allianceMember
WHERE allianceMember OR NOT $membersOnly
WITH x, allianceMember, head(COLLECT {
  MATCH (x)-[:LOCATED_IN]->(dd:District) RETURN dd
  UNION
  MATCH (x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) RETURN dd
}) AS district
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu, allianceMember
