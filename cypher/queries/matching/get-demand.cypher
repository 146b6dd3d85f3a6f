// An enterprise demand with the chains it NEEDS (the subject of a matching).
// Params: $demandId.
// Returns: id, name, status, description, chains (list of {id, name, type}).
MATCH (dm:Demand {id: $demandId})
RETURN dm.id AS id, dm.name AS name, dm.status AS status, dm.description AS description,
       COLLECT { MATCH (dm)-[:NEEDS]->(c:IndustryChain) RETURN {id: c.id, name: c.name, type: 'IndustryChain'} AS c ORDER BY c.id } AS chains
