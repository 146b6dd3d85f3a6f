// Every link between an organisation and an industrial chain, for the partner index (loaded once
// per graph version): kind 'active' (COVERS, IN_CHAIN, a result it — an institution: also its
// labs — DEVELOPED, a demand it POSTED), 'supply' (an AVAILABLE result) or 'demand' (an OPEN
// demand). Supply and demand links imply activity.
// Params: none.
// Returns: id, chain, kind.
CALL {
  MATCH (x:Agency|Enterprise)-[:COVERS|IN_CHAIN]->(c:IndustryChain)
  RETURN x.id AS id, c.id AS chain, 'active' AS kind
  UNION
  MATCH (x:Institution|Lab|Enterprise)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c:IndustryChain)
  RETURN x.id AS id, c.id AS chain, CASE r.status WHEN 'AVAILABLE' THEN 'supply' ELSE 'active' END AS kind
  UNION
  MATCH (x:Institution)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(r:Result)-[:APPLIES_TO]->(c:IndustryChain)
  RETURN x.id AS id, c.id AS chain, CASE r.status WHEN 'AVAILABLE' THEN 'supply' ELSE 'active' END AS kind
  UNION
  MATCH (x:Enterprise)-[:POSTED]->(dm:Demand)-[:NEEDS]->(c:IndustryChain)
  RETURN x.id AS id, c.id AS chain, CASE dm.status WHEN 'OPEN' THEN 'demand' ELSE 'active' END AS kind
}
RETURN id, chain, kind
