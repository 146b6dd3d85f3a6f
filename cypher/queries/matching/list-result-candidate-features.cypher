// Candidate results for a demand with the features that need no further hop: those that APPLY_TO
// one of its chains plus the given full-text hits. Developer and location are fetched afterwards
// for the best candidates only (list-result-details).
// Params: $chainIds (list), $textIds (list of result ids).
// Returns: id, trl, status, chains (ids among $chainIds it applies to).
CALL {
  MATCH (c:IndustryChain)<-[:APPLIES_TO]-(r:Result)
  WHERE c.id IN $chainIds
  RETURN r, c.id AS chain
  UNION ALL
  MATCH (r:Result)
  WHERE r.id IN $textIds
  RETURN r, null AS chain
}
WITH r, collect(DISTINCT chain) AS chains
RETURN r.id AS id, r.trl AS trl, r.status AS status, chains
