// The record of developers in a demand's chains: deals each of them SOLD that transferred a result
// applying to one of $chainIds (each deal once, however many of its results apply). Walked once
// from the chains (results → deals → sellers) and kept for the given sellers: a matching's
// finalists are often the busiest sellers, whose own deals number in the thousands each.
// The walks name no label a relationship type already fixes (APPLIES_TO leaves a Result,
// TRANSFERS and ANSWERS a Deal, BROKERED and SPECIALIZES_IN a Broker): a label check per row is
// a fifth of the work at x10.
// Params: $chainIds (the demand's chains), $sellerIds (the finalists' developers).
// Returns: id, deals (Int); no row for a developer without such a deal.
MATCH (c:IndustryChain) WHERE c.id IN $chainIds
MATCH (c)<-[:APPLIES_TO]-()<-[:TRANSFERS]-(d)
WITH DISTINCT d
MATCH (d)-[:SELLER]->(s)
WHERE s.id IN $sellerIds
RETURN s.id AS id, count(DISTINCT d) AS deals
