// Every result that applies to an industrial chain, with what the analytics run derives from it
// (graph-api/src/graph/analytics/graph-facts.ts): its match features and who developed it,
// streamed once per run. A result without a chain links nobody to a chain and matches no demand.
// Params: none.
// Returns: id, trl (Int or null), status, chains (APPLIES_TO chain ids, one per relationship),
// developers (ids of every node that DEVELOPED it, ascending as Cypher orders them: the first is
// the developer matching shows).
MATCH (r:Result)
WITH r, [(r)-[:APPLIES_TO]->(c:IndustryChain) | c.id] AS chains
WHERE size(chains) > 0
RETURN r.id AS id, r.trl AS trl, r.status AS status, chains,
       COLLECT { MATCH (dev)-[:DEVELOPED]->(r) RETURN dev.id AS id ORDER BY id } AS developers
