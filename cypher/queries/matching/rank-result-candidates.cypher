// Candidate results for a demand ranked in the database by their score without the developer's
// location (graph-api/src/graph/matching/match-scores.ts; weights and values come as parameters):
// results applying to one of the demand's chains (walked from the chains, never a label scan)
// plus the given full-text hits; only the best $finalists leave the database.
// The walks name no label a relationship type already fixes (APPLIES_TO leaves a Result,
// TRANSFERS and ANSWERS a Deal, BROKERED and SPECIALIZES_IN a Broker): a label check per row is
// a fifth of the work at x10.
// Params: $chainIds (list), $text (map: result id → Lucene score ÷ the best hit's score), $textIds
// (its keys), $chainCount (Int), $weights (map: chainOverlap, textRelevance, trl, availability),
// $availability (map: status → value), $finalists (Int).
// Returns: id, trl, status, chains (ids among $chainIds it applies to), partial (score without location).
CALL {
  MATCH (c:IndustryChain)<-[:APPLIES_TO]-(r)
  WHERE c.id IN $chainIds
  RETURN r, c.id AS chain
  UNION ALL
  MATCH (r:Result)
  WHERE r.id IN $textIds
  RETURN r, null AS chain
}
WITH r, collect(DISTINCT chain) AS chains
WITH r, chains,
     $weights.chainOverlap * size(chains) / toFloat(CASE WHEN $chainCount > 0 THEN $chainCount ELSE 1 END)
     + $weights.textRelevance * coalesce($text[r.id], 0.0)
     + $weights.trl * coalesce(r.trl, 0) / 9.0
     + $weights.availability * coalesce($availability[r.status], 0.0) AS partial
ORDER BY partial DESC, r.id
LIMIT toInteger($finalists)
RETURN r.id AS id, r.trl AS trl, r.status AS status, chains, partial
