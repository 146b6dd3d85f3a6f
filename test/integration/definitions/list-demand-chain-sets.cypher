// The distinct chain sets of demands (each the ids of the chains a demand NEEDS, ascending): the
// analytics run stores the matching lists of each (graph-api/src/graph/analytics/match-lists.ts).
// Params: none.
// Returns: chains (list of ids, ascending; demands without chains are left out).
MATCH (dm:Demand)
WITH COLLECT { MATCH (dm)-[:NEEDS]->(c:IndustryChain) RETURN c.id AS id ORDER BY id } AS chains
WHERE size(chains) > 0
RETURN DISTINCT chains
