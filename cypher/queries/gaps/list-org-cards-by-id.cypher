// Cards (cf. list-org-cards) of the given organisations: candidates of a partner suggestion that
// share no chain with the organisation, only collaboration partners.
// Params: $ids (list).
// Returns: id, name, type, districtId, districtName, inChengdu, alliances.
UNWIND $ids AS id
MATCH (x:Agency|Institution|Lab|Enterprise {id: id})
WITH x, head([(x)-[:LOCATED_IN]->(dd:District) | dd] + [(x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) | dd]) AS district
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       [(x)-[:MEMBER_OF]->(al:Alliance) | al.id] AS alliances
