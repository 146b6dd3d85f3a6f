// One organisation's side of a partner suggestion: its card and its chain links, as the partner
// pages of the analytics run hold them (partner-lists.ts): active chains, chains of its AVAILABLE results (supply) and
// of its OPEN demands (demand).
// Params: $orgId.
// Returns: id, name, type, districtId, districtName, inChengdu, alliances, chains, supplyChains,
// demandChains (lists of chain ids); no row when it is not an organisation.
MATCH (x:Agency|Institution|Lab|Enterprise {id: $orgId})
WITH x, head([(x)-[:LOCATED_IN]->(dd:District) | dd] + [(x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) | dd]) AS district
OPTIONAL CALL (x) {
  MATCH (x)-[:COVERS|IN_CHAIN]->(c:IndustryChain)
  RETURN c.id AS chain, 'active' AS kind
  UNION
  MATCH (x)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c:IndustryChain)
  RETURN c.id AS chain, CASE r.status WHEN 'AVAILABLE' THEN 'supply' ELSE 'active' END AS kind
  UNION
  MATCH (x:Institution)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c:IndustryChain)
  RETURN c.id AS chain, CASE r.status WHEN 'AVAILABLE' THEN 'supply' ELSE 'active' END AS kind
  UNION
  MATCH (x:Enterprise)-[:POSTED]->(dm:Demand)-[:NEEDS]->(c:IndustryChain)
  RETURN c.id AS chain, CASE dm.status WHEN 'OPEN' THEN 'demand' ELSE 'active' END AS kind
}
WITH x, district, collect(DISTINCT chain) AS chains,
     collect(DISTINCT CASE kind WHEN 'supply' THEN chain END) AS supplyChains,
     collect(DISTINCT CASE kind WHEN 'demand' THEN chain END) AS demandChains
RETURN x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       [(x)-[:MEMBER_OF]->(al:Alliance) | al.id] AS alliances, chains, supplyChains, demandChains
