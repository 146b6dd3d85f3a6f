// Organisations active in any of the given chains: agencies that COVER them, enterprises IN_CHAIN
// or that POSTED demands needing them, developers (labs, institutions through their labs,
// enterprises) of results applying to them.
// Params: $chainIds (list of chain ids), $excludeId (the organisation itself).
// Returns: id.
MATCH (c:IndustryChain)
WHERE c.id IN $chainIds
CALL (c) {
  MATCH (x:Agency|Enterprise)-[:COVERS|IN_CHAIN]->(c) RETURN x
  UNION
  MATCH (x)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c) RETURN x
  UNION
  MATCH (x:Institution)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c) RETURN x
  UNION
  MATCH (x:Enterprise)-[:POSTED]->(:Demand)-[:NEEDS]->(c) RETURN x
}
WITH DISTINCT x
WHERE x.id <> $excludeId
RETURN x.id AS id
