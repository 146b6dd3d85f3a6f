// Every result that applies to a chain, with what its match score needs beyond a demand's chains
// and text: TRL, status, chains, its developer (the first by id, as in list-result-details.cypher)
// and whether that developer — a lab: its institution — is located in Chengdu. Streamed once per
// analytics run (graph-api/src/graph/analytics/match-lists.ts); a result without a chain is a
// candidate of no demand's chains.
// Params: none.
// Returns: id, trl (Int or null), status, chains (ids), developerId (or null), inChengdu (Boolean or null).
MATCH (r:Result)
WHERE EXISTS { (r)-[:APPLIES_TO]->(:IndustryChain) }
WITH r, head(COLLECT { MATCH (dev)-[:DEVELOPED]->(r) RETURN dev ORDER BY dev.id LIMIT 1 }) AS dev
RETURN r.id AS id, r.trl AS trl, r.status AS status,
       [(r)-[:APPLIES_TO]->(c:IndustryChain) | c.id] AS chains,
       dev.id AS developerId,
       head([(dev)-[:LOCATED_IN]->(d:District) | d.inChengdu] + [(dev)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(d:District) | d.inChengdu]) AS inChengdu
