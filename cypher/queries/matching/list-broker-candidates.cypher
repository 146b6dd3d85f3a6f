// Candidate brokers for a demand: those SPECIALIZING_IN one of its chains or with a deal in one,
// with their public fields and track record. A deal is "in a chain" through its transferred
// results (APPLIES_TO) or answered demands (NEEDS); "landed in Chengdu" when its buyer is located
// in a District with inChengdu = true.
// Params: $chainIds (list).
// Employer and deals landed in Chengdu are fetched afterwards for the best candidates only
// (list-broker-details).
// Returns: id, titleLevel, specialties (ids among $chainIds), chainDeals (Int: distinct deals in the chains).
CALL {
  // Deals in the chains, once each, then their brokers with a count (one pass, not one per broker).
  MATCH (c:IndustryChain) WHERE c.id IN $chainIds
  CALL (c) {
    MATCH (c)<-[:APPLIES_TO]-(:Result)<-[:TRANSFERS]-(d:Deal) RETURN d
    UNION
    MATCH (c)<-[:NEEDS]-(:Demand)<-[:ANSWERS]-(d:Deal) RETURN d
  }
  WITH DISTINCT d
  MATCH (b:Broker)-[:BROKERED]->(d)
  RETURN b, count(DISTINCT d) AS chainDeals
  UNION ALL
  MATCH (b:Broker)-[:SPECIALIZES_IN]->(c:IndustryChain) WHERE c.id IN $chainIds
  RETURN DISTINCT b, 0 AS chainDeals
}
WITH b, sum(chainDeals) AS chainDeals
RETURN b.id AS id, b.titleLevel AS titleLevel,
       [(b)-[:SPECIALIZES_IN]->(c:IndustryChain) WHERE c.id IN $chainIds | c.id] AS specialties,
       chainDeals
