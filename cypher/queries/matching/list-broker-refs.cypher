// Name and employer of brokers (a recommendation read from the stored lists, whose figures are
// stored with it). Never contact data.
// Params: $ids (list of broker ids).
// Returns: id, name, employer ({id, name, type} or null; the first by id).
UNWIND $ids AS id
MATCH (b:Broker {id: id})
RETURN b.id AS id, b.name AS name,
       head(COLLECT { MATCH (b)-[:EMPLOYED_BY]->(e) RETURN {id: e.id, name: e.name, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS e ORDER BY e.id }) AS employer
