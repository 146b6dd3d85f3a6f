// Profiles of organisations for partner suggestions.
// chains: COVERS, IN_CHAIN, chains of results it (an institution: also its labs) DEVELOPED, chains
// of demands it POSTED. supplyChains: chains of its AVAILABLE results. demandChains: chains of its
// OPEN demands. District: its own (LOCATED_IN) or, for a lab, its institution's.
// Params: $ids (list of ids), $allianceIds (list: membership in one of them sets allianceMember).
// Returns: id, name, type, districtId, districtName, inChengdu, chains, supplyChains, demandChains, allianceMember.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WHERE x:Agency OR x:Institution OR x:Lab OR x:Enterprise
WITH x, head(COLLECT {
  MATCH (x)-[:LOCATED_IN]->(dd:District) RETURN dd
  UNION
  MATCH (x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) RETURN dd
}) AS district
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       COLLECT {
         MATCH (x)-[:COVERS|IN_CHAIN]->(c:IndustryChain) RETURN c.id AS c
         UNION
         MATCH (x)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) RETURN c.id AS c
         UNION
         MATCH (x)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) RETURN c.id AS c
         UNION
         MATCH (x)-[:POSTED]->(:Demand)-[:NEEDS]->(c:IndustryChain) RETURN c.id AS c
       } AS chains,
       COLLECT {
         MATCH (x)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c:IndustryChain) WHERE r.status = 'AVAILABLE' RETURN c.id AS c
         UNION
         MATCH (x)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c:IndustryChain) WHERE r.status = 'AVAILABLE' RETURN c.id AS c
       } AS supplyChains,
       COLLECT {
         MATCH (x)-[:POSTED]->(dm:Demand)-[:NEEDS]->(c:IndustryChain) WHERE dm.status = 'OPEN' RETURN DISTINCT c.id
       } AS demandChains,
       EXISTS { (x)-[:MEMBER_OF]->(al:Alliance) WHERE al.id IN $allianceIds } AS allianceMember
