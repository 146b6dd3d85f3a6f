// Deals each seller SOLD, grouped by the chains of the results they transfer (a deal counted once
// per seller, whatever the number of its results): a developer's record in a demand's chains is
// the sum over the groups that meet them — count-developer-sales.cypher's definition, for every
// seller at once. Streamed once per analytics run (graph-api/src/graph/analytics/match-lists.ts).
// Params: none.
// Returns: id (the seller), chains (ids, ascending), deals (Int).
MATCH (d:Deal)
WITH d, COLLECT { MATCH (d)-[:TRANSFERS]->()-[:APPLIES_TO]->(c:IndustryChain) RETURN DISTINCT c.id AS id ORDER BY id } AS chains
WHERE size(chains) > 0
MATCH (d)-[:SELLER]->(s)
RETURN s.id AS id, chains, count(DISTINCT d) AS deals
