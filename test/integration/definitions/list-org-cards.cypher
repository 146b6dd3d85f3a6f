// Every organisation (Agency, Institution, Lab, Enterprise) with its location and alliances, for
// the partner index (loaded once per graph version).
// Params: none.
// Returns: id, name, type, districtId, districtName, inChengdu (a lab: its institution's
// district), alliances (list of Alliance ids it is MEMBER_OF).
MATCH (x:Agency|Institution|Lab|Enterprise)
WITH x, head([(x)-[:LOCATED_IN]->(dd:District) | dd] + [(x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) | dd]) AS district
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       [(x)-[:MEMBER_OF]->(al:Alliance) | al.id] AS alliances
