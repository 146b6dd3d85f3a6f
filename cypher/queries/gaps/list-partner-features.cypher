// Partner candidates of an organisation with their chain features, in one aggregated pass over
// the organisation's chains (not one profile per candidate):
//   sharedChains — chains of $chainIds the candidate is active in (COVERS, IN_CHAIN, results it —
//                  an institution: its labs — DEVELOPED, demands it POSTED)
//   theySupply   — chains of $demandChainIds where it has AVAILABLE results (the organisation's demand)
//   theyDemand   — chains of $supplyChainIds where it has OPEN demands (the organisation's supply)
// Params: $chainIds, $demandChainIds, $supplyChainIds (lists), $excludeId, $allianceIds (list),
// $membersOnly (Boolean: only members of one of $allianceIds).
// Returns: id, name, type, districtId, districtName, inChengdu, allianceMember, sharedChains,
// theySupply, theyDemand.
CALL {
  MATCH (c:IndustryChain) WHERE c.id IN $chainIds
  CALL (c) {
    MATCH (x:Agency|Enterprise)-[:COVERS|IN_CHAIN]->(c) RETURN x
    UNION
    MATCH (x)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c) RETURN x
    UNION
    MATCH (x:Institution)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c) RETURN x
    UNION
    MATCH (x:Enterprise)-[:POSTED]->(:Demand)-[:NEEDS]->(c) RETURN x
  }
  RETURN x, c.id AS chain, 'shared' AS kind
  UNION ALL
  MATCH (c:IndustryChain) WHERE c.id IN $demandChainIds
  CALL (c) {
    MATCH (x)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c) WHERE r.status = 'AVAILABLE' RETURN x
    UNION
    MATCH (x:Institution)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c) WHERE r.status = 'AVAILABLE' RETURN x
  }
  RETURN x, c.id AS chain, 'supply' AS kind
  UNION ALL
  MATCH (c:IndustryChain) WHERE c.id IN $supplyChainIds
  CALL (c) {
    MATCH (x:Enterprise)-[:POSTED]->(dm:Demand)-[:NEEDS]->(c) WHERE dm.status = 'OPEN' RETURN DISTINCT x
  }
  RETURN x, c.id AS chain, 'demand' AS kind
}
WITH x, chain, kind
WHERE x.id <> $excludeId
WITH x,
     collect(DISTINCT CASE kind WHEN 'shared' THEN chain END) AS sharedChains,
     collect(DISTINCT CASE kind WHEN 'supply' THEN chain END) AS theySupply,
     collect(DISTINCT CASE kind WHEN 'demand' THEN chain END) AS theyDemand,
     EXISTS { (x)-[:MEMBER_OF]->(al:Alliance) WHERE al.id IN $allianceIds } AS allianceMember
WHERE allianceMember OR NOT $membersOnly
WITH x, sharedChains, theySupply, theyDemand, allianceMember, head(COLLECT {
  MATCH (x)-[:LOCATED_IN]->(dd:District) RETURN dd
  UNION
  MATCH (x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) RETURN dd
}) AS district
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       allianceMember, sharedChains, theySupply, theyDemand
