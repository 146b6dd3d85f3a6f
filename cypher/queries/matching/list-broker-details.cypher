// Public fields, employer and deals landed in Chengdu of brokers (the finalists of a
// recommendation). Never contact data. A deal landed in Chengdu when its BUYER is located in a
// District with inChengdu = true.
// Params: $ids (list of broker ids).
// Returns: id, name, employer ({id, name, type} or null; the first by id), chengduDeals (Int).
UNWIND $ids AS id
MATCH (b:Broker {id: id})
RETURN b.id AS id, b.name AS name,
       head(COLLECT { MATCH (b)-[:EMPLOYED_BY]->(e) RETURN {id: e.id, name: e.name, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS e ORDER BY e.id }) AS employer,
       COUNT { MATCH (b)-[:BROKERED]->(d:Deal)-[:BUYER]->()-[:LOCATED_IN]->(:District {inChengdu: true}) RETURN DISTINCT d } AS chengduDeals
