// Every organisation (Agency, Institution, Lab, Enterprise) with what the analytics run derives
// from it (graph-api/src/graph/analytics/graph-facts.ts): its location, alliances and chain links,
// streamed once per run. The district is its own (LOCATED_IN) or, for a lab without one, its
// institution's (PART_OF); every list has one entry per relationship.
// Params: none.
// Returns: id, type (its label but Entity), districtId, districtName, inChengdu (of that district,
// or null), locatedInChengdu (one of its own districts has inChengdu = true), alliances (Alliance
// ids it is MEMBER_OF), covers (COVERS chain ids), inChain (IN_CHAIN chain ids), institutions
// (Institution ids it is PART_OF).
MATCH (x:Agency|Institution|Lab|Enterprise)
WITH x, [(x)-[:LOCATED_IN]->(dd:District) | dd] AS own
WITH x, own, head(own + [(x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) | dd]) AS district
RETURN x.id AS id, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       any(dd IN own WHERE dd.inChengdu = true) AS locatedInChengdu,
       [(x)-[:MEMBER_OF]->(al:Alliance) | al.id] AS alliances,
       [(x)-[:COVERS]->(c:IndustryChain) | c.id] AS covers,
       [(x)-[:IN_CHAIN]->(c:IndustryChain) | c.id] AS inChain,
       [(x)-[:PART_OF]->(i:Institution) | i.id] AS institutions
