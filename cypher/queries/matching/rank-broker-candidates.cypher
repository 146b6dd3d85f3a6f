// Candidate brokers for a demand ranked in the database by their score without the deals landed
// in Chengdu (graph-api/src/graph/matching/match-scores.ts; weights and values come as
// parameters): brokers specialising in one of the demand's chains or with a deal in one (walked
// from the chains: a deal is in a chain through its transferred results or answered demands);
// only the best $finalists leave the database. Specialties come from the walk that finds the
// specialists (one SPECIALIZES_IN hop from each demanded chain), not from every candidate's own list.
// The walks name no label a relationship type already fixes (APPLIES_TO leaves a Result,
// TRANSFERS and ANSWERS a Deal, BROKERED and SPECIALIZES_IN a Broker): a label check per row is
// a fifth of the work at x10.
// Params: $chainIds (list), $chainCount (Int), $weights (map: specialty, trackRecord, title),
// $trackRecordHalf (Int), $titles (map: level → value), $finalists (Int).
// Returns: id, titleLevel, specialties (ids among $chainIds), chainDeals (Int), partial, brokered
// (Int: its BROKERED relationships, a degree read — at least its deals landed in Chengdu).
CALL {
  MATCH (c:IndustryChain) WHERE c.id IN $chainIds
  CALL (c) {
    MATCH (c)<-[:APPLIES_TO]-()<-[:TRANSFERS]-(d) RETURN d
    UNION
    MATCH (c)<-[:NEEDS]-()<-[:ANSWERS]-(d) RETURN d
  }
  WITH DISTINCT d
  MATCH (b)-[:BROKERED]->(d)
  RETURN b, count(DISTINCT d) AS chainDeals, null AS specialty
  UNION ALL
  MATCH (b)-[:SPECIALIZES_IN]->(c:IndustryChain) WHERE c.id IN $chainIds
  RETURN b, 0 AS chainDeals, c.id AS specialty
}
WITH b, sum(chainDeals) AS chainDeals, collect(DISTINCT specialty) AS specialties
WITH b, chainDeals, specialties,
     $weights.specialty * size(specialties) / toFloat(CASE WHEN $chainCount > 0 THEN $chainCount ELSE 1 END)
     + $weights.trackRecord * chainDeals / toFloat(chainDeals + $trackRecordHalf)
     + $weights.title * coalesce($titles[b.titleLevel], 0.0) AS partial
ORDER BY partial DESC, b.id
LIMIT toInteger($finalists)
RETURN b.id AS id, b.titleLevel AS titleLevel, specialties, chainDeals, partial, COUNT { (b)-[:BROKERED]->() } AS brokered
