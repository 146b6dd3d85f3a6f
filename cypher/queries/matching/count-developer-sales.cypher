// The record of developers in a demand's chains: deals each of them SOLD that transferred a result
// applying to one of $chainIds (each deal once, however many of its results apply). Walked once
// from the chains (results → deals → sellers) and kept for the given sellers: a matching's
// finalists are often the busiest sellers, whose own deals number in the thousands each.
// Params: $chainIds (the demand's chains), $sellerIds (the finalists' developers).
// Returns: id, deals (Int); no row for a developer without such a deal.
MATCH (c:IndustryChain) WHERE c.id IN $chainIds
MATCH (c)<-[:APPLIES_TO]-(:Result)<-[:TRANSFERS]-(d:Deal)
WITH DISTINCT d
MATCH (d)-[:SELLER]->(s)
WHERE s.id IN $sellerIds
RETURN s.id AS id, count(DISTINCT d) AS deals
