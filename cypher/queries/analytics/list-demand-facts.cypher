// Every demand that needs an industrial chain, with what the analytics run derives from it
// (graph-api/src/graph/analytics/graph-facts.ts): the chain sets matching is stored for, and the
// enterprises' demand links. Streamed once per run.
// Params: none.
// Returns: open (status = 'OPEN'), chains (NEEDS chain ids, one per relationship, ascending as
// Cypher orders them — the order matching reads a demand's chains in), posters (ids of the
// enterprises that POSTED it).
MATCH (dm:Demand)
WITH dm, COLLECT { MATCH (dm)-[:NEEDS]->(c:IndustryChain) RETURN c.id AS id ORDER BY id } AS chains
WHERE size(chains) > 0
RETURN coalesce(dm.status = 'OPEN', false) AS open, chains, [(x:Enterprise)-[:POSTED]->(dm) | x.id] AS posters
