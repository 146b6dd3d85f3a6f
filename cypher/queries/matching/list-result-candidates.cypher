// Candidate results for a demand: those that APPLY_TO one of its chains plus the given full-text
// hits, with the features matching scores them on.
// Params: $chainIds (list), $textIds (list of result ids).
// Returns: id, name, kind, trl, status, chains (ids among $chainIds it applies to), developer
// ({id, name, type} or null), districtName, inChengdu (the developer's district — a lab's: its
// institution's — or null when unknown).
CALL {
  MATCH (r:Result)-[:APPLIES_TO]->(c:IndustryChain)
  WHERE c.id IN $chainIds
  RETURN r
  UNION
  MATCH (r:Result)
  WHERE r.id IN $textIds
  RETURN r
}
WITH DISTINCT r
OPTIONAL CALL (r) {
  MATCH (dev)-[:DEVELOPED]->(r)
  RETURN dev ORDER BY dev.id LIMIT 1
}
WITH r, dev, head(COLLECT {
  MATCH (dev)-[:LOCATED_IN]->(d:District) RETURN d
  UNION
  MATCH (dev)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(d:District) RETURN d
}) AS district
RETURN r.id AS id, r.name AS name, r.kind AS kind, r.trl AS trl, r.status AS status,
       COLLECT { MATCH (r)-[:APPLIES_TO]->(c:IndustryChain) WHERE c.id IN $chainIds RETURN DISTINCT c.id } AS chains,
       CASE WHEN dev IS NULL THEN null ELSE {id: dev.id, name: dev.name, type: [l IN labels(dev) WHERE l <> 'Entity'][0]} END AS developer,
       district.name AS districtName, district.inChengdu AS inChengdu
